import { productSchema } from '@storecraft/core';
import { describe, expect, it } from 'vitest';
import { checkProduct } from './check-product.ts';
import { listingFixture, type ListingFixture } from './listing-fixture.ts';
import type { ConsistencyRuleId } from './types.ts';

function check(fixture: ListingFixture) {
  const product = listingFixture(fixture);
  productSchema.parse(product);
  return checkProduct(product);
}

/** The messages of one rule, so a failure shows what the checker said. */
function messages(fixture: ListingFixture, rule: ConsistencyRuleId): string[] {
  return check(fixture)
    .filter((i) => i.rule === rule)
    .map((i) => i.message);
}

const TOILETRY_BAG = 'Luggage & Bags > Cosmetic & Toiletry Bags > Toiletry Bags';
const DRIED_FLOWERS = 'Home & Garden > Decor > Dried Flowers';
const BABY_HAT =
  'Apparel & Accessories > Clothing Accessories > Baby & Toddler Clothing Accessories > Baby & Toddler Hats';
const TEETHER = 'Baby & Toddler > Baby Health > Pacifiers & Teethers > Teethers';
const INFUSIONS = 'Food, Beverages & Tobacco > Beverages > Tea & Infusions > Infusions';
const TEA = 'Food, Beverages & Tobacco > Beverages > Tea & Infusions > Tea';
const SKIN_TOOLS =
  'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Skin Care Tools > Skin Care Rollers';
const BACKPACKS = 'Luggage & Bags > Backpacks';
const LIP_BALMS =
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lip Balms & Treatments > Lip Balms';
const MIRRORS = 'Home & Garden > Decor > Mirrors';

/** Every contradiction quoted in issue 9, each beside a consistent listing that must pass. */
describe('contradictions quoted in issue 9', () => {
  it('"Recycled Nylon Toiletry Bag" whose Material row says "Full-grain leather"', () => {
    const bag = (material: string): ListingFixture => ({
      title: 'Recycled Nylon Toiletry Bag',
      productType: 'Toiletry Bag',
      taxonomyPath: TOILETRY_BAG,
      description: [`Made from ${material.toLowerCase()}, with a water-resistant lining.`],
      specs: [['Material', material]],
    });
    expect(messages(bag('Full-grain leather'), 'material-mismatch')).toEqual([
      'material: title says "Nylon" but Material row says "Full-grain leather"',
    ]);
    expect(check(bag('Recycled nylon ripstop'))).toEqual([]);
  });

  it('"Pampas Grass Bunch" made of "Dried lavender"', () => {
    const bunch = (material: string): ListingFixture => ({
      title: 'Prairie Pampas Grass Bunch',
      productType: 'Dried Flower Bunch',
      taxonomyPath: DRIED_FLOWERS,
      specs: [
        ['Material', material],
        ['Stem length', '60 cm'],
      ],
    });
    expect(messages(bunch('Dried lavender'), 'material-mismatch')).toEqual([
      'material: title says "Pampas Grass" but Material row says "Dried lavender"',
    ]);
    expect(check(bunch('Preserved pampas grass'))).toEqual([]);
  });

  it('"Mouse Alpaca Pilot Cap" in "UPF 50+ organic cotton twill" with sun-hat copy', () => {
    const issues = check({
      title: 'Mouse Alpaca Pilot Cap',
      productType: 'Baby Hat',
      taxonomyPath: BABY_HAT,
      features: ['Wide brim on sun hats shades the neck'],
      specs: [['Material', 'UPF 50+ organic cotton twill']],
    });
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'material: title says "Alpaca" but Material row says "UPF 50+ organic cotton twill"',
        'vocabulary: "Wide brim" on a baby hat (that belongs to sun hats), in the description: "Wide brim on sun hats shades the neck"',
        'vocabulary: "UPF 50+" on a baby hat that is "alpaca", in the Material row: "UPF 50+ organic cotton twill"',
      ]),
    );
    const sunHat = check({
      title: 'Mouse Organic Cotton Sun Hat',
      productType: 'Baby Hat',
      taxonomyPath: BABY_HAT,
      features: ['Wide brim on sun hats shades the neck'],
      specs: [['Material', 'UPF 50+ organic cotton twill']],
    });
    expect(sunHat).toEqual([]);
  });

  it('"Banana Wood and Silicone Teether" made of "Organic cotton crochet"', () => {
    const teether = (material: string): ListingFixture => ({
      title: 'Banana Wood and Silicone Teether',
      productType: 'Teether',
      taxonomyPath: TEETHER,
      specs: [['Material', material]],
    });
    expect(messages(teether('Organic cotton crochet'), 'material-mismatch')).toEqual([
      'material: title says "Banana Wood" but Material row says "Organic cotton crochet"',
    ]);
    expect(check(teether('Food-grade silicone and banana wood'))).toEqual([]);
  });

  it('a "Rooibos Blend" whose heart is "organic peppermint leaves"', () => {
    const blend = (material: string): ListingFixture => ({
      title: 'Cosy Corner Rooibos Blend',
      productType: 'Herbal Tea',
      taxonomyPath: INFUSIONS,
      description: [`At its heart is ${material.toLowerCase()}, chosen for its sweetness.`],
      specs: [['Material', material]],
    });
    const issues = check(blend('Organic peppermint leaves'));
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'material: title says "Rooibos" but Material row says "Organic peppermint leaves"',
        expect.stringMatching(
          /^grammar: "at its heart is organic peppermint leaves" \(plural after "is"\)/,
        ),
      ]),
    );
    expect(check(blend('Organic rooibos'))).toEqual([]);
  });

  it('a "Latte Grade Matcha" that is "fresh-roasted" and "bright enough to drink straight"', () => {
    const latte = check({
      title: 'Kyoto Latte Grade Matcha',
      productType: 'Matcha',
      taxonomyPath: TEA,
      description: [
        'Small-batch and fresh-roasted, the Kyoto Latte Grade Matcha is a matcha for busy mornings.',
        'Worth noting: ceremonial grade is bright enough to drink straight.',
      ],
    });
    expect(latte.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^vocabulary: "fresh-roasted" on a matcha \(that belongs to coffee\)/,
        ),
        expect.stringMatching(/^vocabulary: "ceremonial grade" on a matcha that is "latte grade"/),
      ]),
    );
    // Ceremonial matcha may be drunk straight; latte matcha may be whisked into milk; neither is roasted.
    expect(
      check({
        title: 'Kyoto Ceremonial Grade Matcha',
        productType: 'Matcha',
        taxonomyPath: TEA,
        description: [
          'Stone-ground in Uji, the Kyoto Ceremonial Grade Matcha is a matcha for slow mornings.',
          'Worth noting: ceremonial grade is bright enough to drink straight.',
        ],
      }),
    ).toEqual([]);
    expect(
      check({
        title: 'Kyoto Latte Grade Matcha',
        productType: 'Matcha',
        taxonomyPath: TEA,
        description: ['A robust matcha made for lattes and baking; whisk it into warm milk.'],
      }),
    ).toEqual([]);
  });

  it('"Jade Gua Sha" in "Rose quartz"', () => {
    const guaSha = (stone: string): ListingFixture => ({
      title: 'Jade Gua Sha',
      productType: 'Gua Sha',
      taxonomyPath: SKIN_TOOLS,
      specs: [['Stone', stone]],
    });
    expect(messages(guaSha('Rose quartz'), 'material-mismatch')).toEqual([
      'material: title says "Jade" but Stone row says "Rose quartz"',
    ]);
    expect(check(guaSha('Nephrite jade'))).toEqual([]);
  });

  it('a backpack sold in "20 L" whose spec says "Capacity 28 L"', () => {
    const backpack = (capacities: readonly string[], row: string): ListingFixture => ({
      title: 'Cascade Rolltop Backpack',
      productType: 'Backpack',
      taxonomyPath: BACKPACKS,
      options: [{ name: 'Capacity', values: capacities }],
      specs: [['Capacity', row]],
    });
    expect(messages(backpack(['20 L'], '28 L'), 'option-spec-mismatch')).toEqual([
      'Capacity: the Capacity option offers "20 L" but the Capacity row says "28 L"',
    ]);
    expect(messages(backpack(['20 L', '26 L'], '28 L'), 'option-spec-mismatch')).toHaveLength(1);
    expect(check(backpack(['20 L'], '20 L'))).toEqual([]);
    // With several sizes the row may state one of them, or the range.
    expect(check(backpack(['20 L', '26 L'], '20 L'))).toEqual([]);
    expect(check(backpack(['20 L', '26 L'], '20–26 L'))).toEqual([]);
  });

  it('a lip balm with "Net weight 15 ml"', () => {
    const balm = (net: string): ListingFixture => ({
      title: 'Peptide Rose Lip Balm',
      productType: 'Lip Balm',
      taxonomyPath: LIP_BALMS,
      specs: [['Net weight', net]],
    });
    expect(messages(balm('15 ml'), 'unit-mismatch')).toEqual(
      expect.arrayContaining(['unit: Net weight is a mass, but the Net weight row says "15 ml"']),
    );
    expect(check(balm('4.5 g'))).toEqual([]);
  });

  it('two different Dimensions rows in one table', () => {
    const bag = (second: string): ListingFixture => ({
      title: 'Compact Toiletry Bag',
      productType: 'Toiletry Bag',
      taxonomyPath: TOILETRY_BAG,
      specs: [
        ['Dimensions', '22 x 12 x 12 cm'],
        ['Lining', 'Wipe-clean recycled polyester'],
        ['Dimensions', second],
      ],
    });
    const issues = check(bag('25.9 × 14 × 13.1 cm'));
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'dimensions: two Dimensions rows disagree: "22 x 12 x 12 cm" and "25.9 × 14 × 13.1 cm"',
        'spec: the Dimensions row appears 2 times with different values: "22 x 12 x 12 cm" and "25.9 × 14 × 13.1 cm"',
      ]),
    );
    expect(check({ ...bag(''), specs: [['Dimensions', '22 x 12 x 12 cm']] })).toEqual([]);
  });

  it('a mirror "24 in diameter" measuring "81.9 × 81.4 cm"', () => {
    const mirror = (diameter: string): ListingFixture => ({
      title: 'Sol Round Brass Mirror',
      productType: 'Wall Mirror',
      taxonomyPath: MIRRORS,
      features: [`${diameter} diameter, ready to hang`],
      specs: [
        ['Frame', 'Solid brass'],
        ['Dimensions', '81.9 × 81.4 cm'],
      ],
    });
    expect(messages(mirror('24 in'), 'dimension-mismatch')).toEqual([
      'dimensions: the description says "24 in diameter, ready to hang" (61 cm) but the Dimensions row says "81.9 × 81.4 cm"',
    ]);
    expect(check(mirror('32 in'))).toEqual([]);
  });

  it('"a quiet 2 colours finish finish"', () => {
    const tray = (line: string): ListingFixture => ({
      title: 'Lagoon Brass Tray',
      productType: 'Decorative Tray',
      description: [line],
    });
    expect(
      messages(tray('One material, brass, and a quiet 2 colours finish finish.'), 'grammar'),
    ).toEqual([
      'grammar: doubled word "finish finish" in "One material, brass, and a quiet 2 colours finish finish."',
      'grammar: "a quiet 2 colours finish" uses a plural count as an adjective, in "One material, brass, and a quiet 2 colours finish finish."',
    ]);
    expect(check(tray('One material, brass, and a quiet two-tone finish.'))).toEqual([]);
  });

  it('"along with reaches the back molars"', () => {
    const teether = (line: string): ListingFixture => ({
      title: 'Cloud Silicone Teether',
      productType: 'Teether',
      taxonomyPath: TEETHER,
      description: [line],
    });
    expect(
      messages(
        teether('Worth noting: soft enough for sore gums, along with reaches the back molars.'),
        'grammar',
      ),
    ).toEqual([
      'grammar: "along with reaches the" joins a verb phrase to a list of things, in "Worth noting: soft enough for sore gums, along with reaches the back molars."',
    ]);
    expect(
      check(
        teether(
          'Worth noting: soft enough for sore gums, along with a long handle that reaches the back molars.',
        ),
      ),
    ).toEqual([]);
  });

  it('"It is glass lens"', () => {
    const lamp = (line: string): ListingFixture => ({
      title: 'Station Wall Clock',
      productType: 'Wall Clock',
      description: [line],
    });
    expect(
      messages(lamp('It is glass lens, with clean lines and no unnecessary parts.'), 'grammar'),
    ).toEqual([
      'grammar: "It is glass lens" needs an article or a plural verb, in "It is glass lens, with clean lines and no unnecessary parts."',
    ]);
    expect(check(lamp('It is a glass lens, with clean lines and no unnecessary parts.'))).toEqual(
      [],
    );
    expect(check(lamp('It is glass, with clean lines and no unnecessary parts.'))).toEqual([]);
  });

  it('"Shade-grown tencha leaves, responsibly sourced, gives it…"', () => {
    const matcha = (line: string): ListingFixture => ({
      title: 'Uji Ceremonial Matcha',
      productType: 'Matcha',
      taxonomyPath: TEA,
      description: [line],
    });
    expect(
      messages(
        matcha('Shade-grown tencha leaves, responsibly sourced, gives it an honest character.'),
        'grammar',
      ),
    ).toHaveLength(1);
    expect(
      check(matcha('Shade-grown tencha leaves, responsibly sourced, give it an honest character.')),
    ).toEqual([]);
  });
});

describe('other contradictions a reader catches', () => {
  it('a spec label twice, even with the same value', () => {
    const mug = (second: string): ListingFixture => ({
      title: 'Speckled Stoneware Mug',
      productType: 'Mug',
      specs: [
        ['Material', 'Stoneware'],
        ['Capacity', '350 ml'],
        ['Material', second],
      ],
    });
    expect(messages(mug('Porcelain'), 'duplicate-spec-label')).toEqual([
      'spec: the Material row appears 2 times with different values: "Stoneware" and "Porcelain"',
    ]);
    expect(messages(mug('Stoneware'), 'duplicate-spec-label')).toEqual([
      'spec: the Material row appears 2 times',
    ]);
  });

  it('a material the copy states against the title, or against the Material row', () => {
    // Listings without a spec table (engine v2 writes some) state materials in the copy.
    expect(
      messages(
        {
          title: 'Recycled Nylon Toiletry Bag',
          productType: 'Toiletry Bag',
          taxonomyPath: TOILETRY_BAG,
          description: ['Made from full-grain leather that softens with every trip.'],
        },
        'material-mismatch',
      ),
    ).toEqual([
      'material: title says "Nylon" but the description says "Made from full-grain leather that softens with every trip."',
    ]);
    const bowl = (line: string): ListingFixture => ({
      title: 'Suction Weaning Bowl',
      productType: 'Feeding Bowl',
      description: [line],
      specs: [['Material', 'Food-grade silicone']],
    });
    expect(
      messages(
        bowl('We made it from stainless steel, because nobody has time for flimsy.'),
        'material-mismatch',
      ),
    ).toEqual([
      'material: the description says "stainless steel" but Material row says "Food-grade silicone"',
    ]);
    expect(
      check(bowl('We made it from soft silicone, because nobody has time for flimsy.')),
    ).toEqual([]);
    // The body comes before "with": an enamel lining does not make a cast-iron pot stoneware.
    const teapot = (material: string) =>
      messages(
        {
          title: 'Speckled Stoneware Teapot',
          productType: 'Teapot',
          specs: [['Material', material]],
        },
        'material-mismatch',
      );
    expect(teapot('Cast iron with enamel lining')).toHaveLength(1);
    expect(teapot('Stoneware with a clear glaze lining')).toEqual([]);
  });

  it('a title that names one option value while the option offers others', () => {
    const sack = check({
      title: 'Snooze 0.5 TOG Sleep Sack',
      productType: 'Sleep Sack',
      options: [{ name: 'TOG', values: ['0.5 TOG', '1.0 TOG'] }],
    });
    expect(sack.map((i) => i.message)).toEqual([
      'TOG: title says "0.5 TOG" but the TOG option offers "1.0 TOG"',
    ]);
    const roast = check({
      title: 'Night Owl Dark Roast',
      productType: 'Coffee Blend',
      options: [{ name: 'Roast', values: ['Dark', 'Light'] }],
    });
    expect(roast.map((i) => i.message)).toEqual([
      'Roast: title says "Dark" but the Roast option offers "Light"',
    ]);
  });

  it('a title quantity the spec rows contradict', () => {
    expect(
      messages(
        {
          title: 'Summit 20 L Daypack',
          productType: 'Backpack',
          taxonomyPath: BACKPACKS,
          specs: [['Capacity', '28 L']],
        },
        'quantity-mismatch',
      ),
    ).toEqual(['Capacity: title says "20 L" but the Capacity row says "28 L"']);
  });

  it('a variant that ships lighter than it holds, and a weight row heavier than any variant', () => {
    const coffee = check({
      title: 'Ethiopia Guji Natural',
      productType: 'Whole Bean Coffee',
      options: [{ name: 'Size', values: ['250 g', '1 kg'] }],
      grams: [290, 690],
    });
    expect(coffee.map((i) => i.message)).toEqual([
      'weight: the Size "1 kg" variant ships at 690 g, less than it holds',
    ]);
    const towel = check({
      title: 'Drench Travel Yoga Towel',
      productType: 'Yoga Towel',
      specs: [['Weight', '450 g']],
      grams: 120,
    });
    expect(towel.map((i) => i.message)).toEqual([
      'weight: the Weight row says "450 g" but the heaviest variant ships at 120 g',
    ]);
  });

  it('a capacity that cannot fit in the stated dimensions', () => {
    expect(
      messages(
        {
          title: 'Trail Water Bottle',
          productType: 'Water Bottle',
          specs: [
            ['Capacity', '2 L'],
            ['Dimensions', '7 × 7 × 24 cm'],
          ],
        },
        'dimension-mismatch',
      ),
    ).toEqual([
      'dimensions: the Capacity row says "2 L" but that does not fit in "7 × 7 × 24 cm" (1.2 L)',
    ]);
  });

  it('claims the listing undoes: vegan beside beeswax, dishwasher safe beside hand wash only', () => {
    const candle = check({
      title: 'Fireside Candle',
      productType: 'Scented Candle',
      tags: ['vegan'],
      specs: [['Wax', 'Pure beeswax']],
    });
    expect(candle.map((i) => i.message)).toEqual([
      'claim: "vegan" in the tags but "beeswax" in the Wax row',
    ]);
    const mug = check({
      title: 'Speckled Stoneware Mug',
      productType: 'Mug',
      features: ['Dishwasher safe'],
      description: ['Care and use: Hand wash only.'],
    });
    expect(mug.map((i) => i.rule)).toEqual(['claim-conflict']);
    // "Vegan leather" is not leather; a hedged "vegan version available" is no claim.
    expect(
      check({
        title: 'Slim Vegan Leather Card Holder',
        productType: 'Card Holder',
        tags: ['vegan'],
        specs: [['Material', 'Plant-based vegan leather']],
      }),
    ).toEqual([]);
  });

  it('a roast the title names that the Roast row contradicts', () => {
    const blend = (title: string, roast: string) =>
      check({ title, productType: 'Coffee Blend', specs: [['Roast', roast]] }).map(
        (i) => i.message,
      );
    expect(blend('Velvet Hammer Dark Roast', 'Medium')).toEqual([
      'claim: "Dark Roast" in the title but "Roast: Medium" in the Roast row',
    ]);
    expect(blend('Daybreak Light Roast', 'Medium-dark')).toHaveLength(1);
    expect(blend('Low Key Medium Roast', 'Light')).toHaveLength(1);
    // The same roast, or the level next door, reads as one roast.
    expect(blend('Night Owl French Roast', 'Dark')).toEqual([]);
    expect(blend('Night Owl Dark Roast', 'Medium-dark')).toEqual([]);
    expect(blend('Low Key Medium Roast', 'Light-medium')).toEqual([]);
    expect(blend('Campfire Light-Medium Roast', 'Light-medium')).toEqual([]);
  });

  it('a/an before the sound, not the letter', () => {
    const serum = (line: string): ListingFixture => ({
      title: 'Dew Drop Serum',
      productType: 'Face Serum',
      description: [line],
    });
    expect(
      messages(serum('It is a everyday serum, and an heirloom for your shelf.'), 'grammar'),
    ).toEqual([
      'grammar: "a everyday" should be "an everyday" in "It is a everyday serum, and an heirloom for your shelf."',
    ]);
    expect(
      check(
        serum(
          'A unique serum, an hour of calm, a one-of-a-kind glow, an SPF 30 partner and a USB-sized bottle.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a consistent listing', () => {
  it('passes every rule, with materials, options, sizes, weights and claims all stated', () => {
    const issues = check({
      title: 'Harbor Waxed Canvas Tote Bag',
      productType: 'Tote Bag',
      taxonomyPath: 'Luggage & Bags > Tote Bags',
      description: [
        'The Harbor Waxed Canvas Tote Bag is an everyday tote made from waxed cotton canvas with leather handles.',
        'It holds 20 L, enough for a week of groceries, and is 42 cm wide.',
      ],
      features: ['Interior zip pocket', 'Wipe clean with a damp cloth'],
      options: [{ name: 'Color', values: ['Olive', 'Navy'] }],
      specs: [
        ['Material', 'Waxed cotton canvas, leather handles'],
        ['Capacity', '20 L'],
        ['Dimensions', '42 × 38 × 15 cm'],
        ['Weight', '780 g'],
      ],
      tags: ['gift idea', 'bestseller'],
      grams: 820,
    });
    expect(issues).toEqual([]);
  });
});
