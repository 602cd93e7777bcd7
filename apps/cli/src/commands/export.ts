import { mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { parseInput } from '@storecraft/core';
import { z } from 'zod';
import type { CliContext } from '../program.ts';
import { readCatalogDir } from '../read-catalog-dir.ts';
import { exportFolders, writeExports } from '../write-exports.ts';
import { formatsSchema, imageBaseUrlSchema, shopifyHeadersSchema } from './options.ts';

const optionsSchema = z.object({
  from: z
    .string({ error: 'is required: the catalog.jsonl (or folder) written by generate' })
    .min(1),
  format: formatsSchema,
  out: z.string().min(1).optional(),
  imageBaseUrl: imageBaseUrlSchema,
  shopifyHeaders: shopifyHeadersSchema,
});

export function registerExportCommand(program: Command, { out }: CliContext): void {
  program
    .command('export')
    .description('Write import files for an existing catalog (the output of generate)')
    .requiredOption(
      '--from <path>',
      'catalog.jsonl, or the folder holding it with brand.json and categories.json',
    )
    .addOption(
      new Option(
        '--format <list>',
        'shopify, woocommerce, magento, bigcommerce (comma-separated)',
      ).default('shopify'),
    )
    .option('--out <dir>', 'where to write <format>/… (default: the catalog folder)')
    .option('--image-base-url <url>', 'public base URL the catalog folder will be served from')
    .addOption(
      new Option('--shopify-headers <set>', 'Shopify header set: current or legacy').default(
        'current',
      ),
    )
    .action(async (raw: Record<string, unknown>) => {
      const options = parseInput(optionsSchema, raw, 'options');
      const catalog = await readCatalogDir(options.from);
      const outDir = path.resolve(options.out ?? catalog.dir);
      // Write beside the target, then move each format folder into place: a bad line halfway
      // through leaves the previous files untouched.
      const staging = path.join(outDir, `.export-tmp-${process.pid}`);
      await mkdir(staging, { recursive: true });
      try {
        const files = await writeExports(staging, options.format, {
          brand: catalog.brand,
          categories: catalog.categories,
          products: () => catalog.products(),
          shopifyHeaders: options.shopifyHeaders,
          ...(options.imageBaseUrl ? { imageBaseUrl: options.imageBaseUrl } : {}),
        });
        for (const format of options.format) {
          const target = path.join(outDir, exportFolders[format]);
          if (existsSync(target)) await rm(target, { recursive: true, force: true });
          await rename(path.join(staging, exportFolders[format]), target);
        }
        for (const file of files) out.stdout(`wrote ${path.join(outDir, file)}\n`);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    });
}
