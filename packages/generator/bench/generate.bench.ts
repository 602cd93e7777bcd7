import { faker } from '@faker-js/faker';
import { defineBenches } from '@storecraft/core/testing';
import { generateProduct, planCatalog, type CatalogPlan } from '@storecraft/generator';

const COUNT = 20_000;

/** Keeps results alive so the work is not optimised away. */
let sink = 0;

export default defineBenches([
  {
    name: 'faker: bare product record (name, price, description)',
    runs: 7,
    setup: () => {
      faker.seed(42);
      return Promise.resolve(undefined);
    },
    run: () => {
      for (let i = 0; i < COUNT; i++) {
        const record = {
          name: faker.commerce.productName(),
          price: faker.commerce.price(),
          description: faker.commerce.productDescription(),
        };
        sink += record.name.length;
      }
      return { items: COUNT, unit: 'products' };
    },
  },
  {
    name: 'generator: full product (variants, HTML copy, image plan), one core',
    runs: 7,
    baseline: 'faker: bare product record (name, price, description)',
    setup: () =>
      Promise.resolve(planCatalog({ niche: 'sustainable yoga wear', size: COUNT, seed: 'bench' })),
    run: (plan) => {
      for (let i = 0; i < COUNT; i++)
        sink += generateProduct(plan as CatalogPlan, i).variants.length;
      return { items: COUNT, unit: 'products' };
    },
  },
  {
    name: 'generator: taxonomy-derived niche (surf shop), one core',
    runs: 7,
    baseline: 'faker: bare product record (name, price, description)',
    setup: () => Promise.resolve(planCatalog({ niche: 'surf shop', size: COUNT, seed: 'bench' })),
    run: (plan) => {
      for (let i = 0; i < COUNT; i++)
        sink += generateProduct(plan as CatalogPlan, i).variants.length;
      return { items: COUNT, unit: 'products' };
    },
  },
  {
    name: 'generator: plan a catalog (niche matching, taxonomy-derived kinds)',
    runs: 7,
    setup: () => Promise.resolve(undefined),
    run: () => {
      const niches = ['trail running gear', 'vinyl records', 'mechanical keyboards', 'golf'];
      for (const niche of niches)
        sink += planCatalog({ niche, size: 1000, seed: 'bench' }).slots.length;
      return { items: niches.length, unit: 'plans' };
    },
    teardown: () => {
      if (sink === 0) console.log('unreachable');
    },
  },
]);
