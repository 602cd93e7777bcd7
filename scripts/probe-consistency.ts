/**
 * Runs niches through the consistency checker and prints each rule's rate and examples:
 * `npx tsx scripts/probe-consistency.ts [size] [seeds] [niche…]`.
 */
import { checkCatalog, generateProducts, planCatalog } from '@storecraft/generator';

const DEFAULT_NICHES = [
  'loose leaf tea',
  'organic skincare',
  'baby accessories',
  'leather bags',
  'scandinavian home decor',
  'dog and cat supplies',
  'kitchenware',
  'camping equipment',
  'coffee roastery',
  'sun hats',
  'gua sha and crystal beauty',
  'dried flowers',
  'mechanical keyboards',
  'sustainable swimwear',
  'home barista equipment',
  'trail running gear',
  'aquarium supplies',
  'vinyl records',
  'surf shop',
  'board games',
  'fly fishing',
  'knitting yarn',
  'guitar accessories',
  'climbing gear',
  'cycling components',
  'candles',
  'jewellery',
  'watches',
  'eyewear',
  'supplements',
  'fragrance',
  'haircare',
  'footwear',
  'wine accessories',
  'art prints',
  'books',
  'plants',
  'furniture',
  'bedding',
  'stationery',
  'toys',
  'cosmetics',
  'yoga wear',
  'pantry',
  'phone accessories',
];
const [sizeArg, seedsArg, ...rest] = process.argv.slice(2);
const size = Number(sizeArg ?? 300);
const seeds = Number(seedsArg ?? 1);
const niches = rest.length > 0 ? rest : DEFAULT_NICHES;

function* all() {
  for (const niche of niches)
    for (let s = 1; s <= seeds; s++) {
      let plan;
      try {
        plan = planCatalog({ niche, seed: String(s), size });
      } catch (error) {
        console.log(`! ${niche}: ${(error as Error).message.slice(0, 120)}`);
        continue;
      }
      yield* generateProducts(plan);
    }
}
const report = checkCatalog(all(), { examplesPerRule: 12 });
console.log(`${report.productsWithErrors} of ${report.products} products with errors`);
for (const r of report.rules) {
  if (r.products === 0) continue;
  console.log(
    `\n## ${r.rule}: ${r.products}/${r.applicable} (${r.errors} errors, ${r.warnings} warnings)`,
  );
  for (const e of r.examples) console.log(`  [${e.severity}] ${e.handle}: ${e.message}`);
}
