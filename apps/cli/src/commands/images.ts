import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError, parseInput } from '@storecraft/core';
import { generateProduct, planCatalog } from '@storecraft/generator';
import { renderProductSvg } from '@storecraft/generator/images';
import { z } from 'zod';
import { terminalSafe } from '../output.ts';
import type { CliContext } from '../program.ts';
import { wholeNumberSchema } from './options.ts';

const optionsSchema = z.object({
  contactSheet: z.literal(true, { error: 'is the only images action for now: --contact-sheet' }),
  niche: z
    .string({ error: 'is required, e.g. --niche "specialty coffee"' })
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters'),
  products: wholeNumberSchema({ min: 1, max: 200, example: 24 }),
  seed: z.string().trim().min(1, 'must not be empty').max(64).default('contact-sheet'),
  columns: wholeNumberSchema({ min: 1, max: 12, example: 6 }),
  out: z.string().trim().min(1, 'must not be empty'),
});

/**
 * `storecraft images --contact-sheet`: the first picture of each of the first N products with
 * its title, on one PNG, to check at a glance that every picture shows what its title names.
 * Drawn in-process from the catalog plan: no database, no queue, same pictures as `generate`.
 */
export function registerImagesCommand(program: Command, { out }: CliContext): void {
  program
    .command('images')
    .description('Check product pictures: --contact-sheet writes a PNG grid of pictures and titles')
    .option(
      '--contact-sheet',
      'write one PNG with the first picture of N products and their titles',
    )
    .requiredOption('--niche <text>', 'what the store sells, as for generate')
    .option('--products <n>', 'how many products to show', '24')
    .option('--seed <seed>', 'seed of the catalog (default: contact-sheet)')
    .option('--columns <n>', 'pictures per row', '6')
    .option('--out <file>', 'the PNG to write', 'contact-sheet.png')
    .action(async (raw: Record<string, unknown>) => {
      const options = parseInput(optionsSchema, raw, 'options');
      // sharp and the services (with the database layer) load only for this command: importing
      // them costs every other command about 200 MB of memory on Node 24.
      const [{ renderContactSheet }, { imageSpec }] = await Promise.all([
        import('@storecraft/images'),
        import('@storecraft/services'),
      ]);
      const plan = planCatalog({
        niche: options.niche,
        size: options.products,
        seed: options.seed,
      });
      const items = [];
      for (let i = 0; i < plan.size; i++) {
        const product = generateProduct(plan, i);
        const image = product.images[0];
        if (!image) continue;
        items.push({
          svg: renderProductSvg(imageSpec(plan.brand, product, image)),
          title: product.title,
        });
      }
      if (items.length === 0) {
        throw new AppError('INVALID_INPUT', `No product of "${options.niche}" has a picture`);
      }
      const png = await renderContactSheet(items, {
        columns: options.columns,
        heading: `${plan.brand.name} · ${options.niche} · seed ${options.seed}`,
      });
      const file = path.resolve(options.out);
      await writeFile(file, png);
      out.stdout(
        `${terminalSafe(file)}: ${items.length} pictures, ${Math.round(png.length / 1024)} KB\n`,
      );
    });
}
