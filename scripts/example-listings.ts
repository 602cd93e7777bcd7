/**
 * Prints complete listings as a shopper reads them (title, options, prices, description as text):
 * `npx tsx scripts/example-listings.ts "<niche>" [count] [seed]`.
 */
import { generateProducts, planCatalog } from '@storecraft/generator';

const [niche = 'loose leaf tea', countArg = '3', seed = '42'] = process.argv.slice(2);
const plan = planCatalog({ niche, seed, size: 500 });
console.log(`# ${niche} → ${plan.brand.name}`);
const count = Number(countArg);
const step = Math.floor(500 / count);
let i = 0;
for (const p of generateProducts(plan)) {
  if (i++ % step !== 0) continue;
  const price = (p.variants[0]?.priceCents ?? 0) / 100;
  console.log(`\n## ${p.title}  — ${p.productType} — $${price.toFixed(2)}`);
  console.log(`   ${p.taxonomyPath}`);
  for (const o of p.options) console.log(`   ${o.name}: ${o.values.join(' / ')}`);
  const text = p.bodyHtml
    .replace(/<\/(p|li|tr)>/g, '\n')
    .replace(/<li>/g, '• ')
    .replace(/<\/t[hd]>/g, ' | ');
  console.log(
    text
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .trim(),
  );
}
