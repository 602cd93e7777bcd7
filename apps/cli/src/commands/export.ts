import path from 'node:path';
import { Option, type Command } from 'commander';
import { parseInput } from '@storecraft/core';
import { z } from 'zod';
import { openOutputDir } from '../open-output-dir.ts';
import { MANIFEST_FILE } from '../output-manifest.ts';
import { terminalSafe } from '../output.ts';
import type { CliContext } from '../program.ts';
import { readCatalogDir } from '../read-catalog-dir.ts';
import { withFsErrors } from '../with-fs-errors.ts';
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
      await withFsErrors(async () => {
        const catalog = await readCatalogDir(options.from);
        if (!catalog.expected) {
          out.warn(
            `${catalog.dir} has no ${MANIFEST_FILE} describing the catalog, so it cannot be checked for missing products`,
          );
        }
        // Written to a staging folder and moved into place only once the whole catalog has been
        // read and checked: a bad line or a cut-short file leaves the previous files untouched.
        const output = await openOutputDir(options.out ?? catalog.dir, { wholeOutput: false });
        try {
          const files = await writeExports(output.staging, options.format, {
            brand: catalog.brand,
            categories: catalog.categories,
            products: () => catalog.products(),
            shopifyHeaders: options.shopifyHeaders,
            ...(options.imageBaseUrl ? { imageBaseUrl: options.imageBaseUrl } : {}),
          });
          const folders = options.format.map((format) => `${exportFolders[format]}/`);
          const { kept } = await output.commit(files, {
            replaces: (file) => folders.some((folder) => file.startsWith(folder)),
          });
          for (const file of files)
            out.stdout(`wrote ${terminalSafe(path.join(output.dir, file.path))}\n`);
          for (const file of kept)
            out.info(
              `note: kept ${path.join(output.dir, file)}: it was changed after StoreCraft wrote it`,
            );
        } finally {
          await output.dispose();
        }
      });
    });
}
