import { randomBytes } from 'node:crypto';
import { Option, type Command } from 'commander';
import { parseInput } from '@storecraft/core';
import { MAX_PRODUCTS } from '@storecraft/generator';
import { z } from 'zod';
import type { AiPictureSummary, AiRunSummary } from '@storecraft/ai';
import { estimateAiCost, formatEstimate } from '../ai-copy.ts';
import { openAiRun } from '../ai-run.ts';
import { generateCatalogFiles, type GenerateSummary } from '../generate-catalog-files.ts';
import { fallbacksText, usageRows } from '../ai-summary-rows.ts';
import { terminalSafe } from '../output.ts';
import type { CliContext } from '../program.ts';
import { createProgress } from '../progress.ts';
import {
  formatsSchema,
  imageBaseUrlSchema,
  shopifyHeadersSchema,
  wholeNumberSchema,
} from './options.ts';

const optionsSchema = z.object({
  niche: z
    .string({ error: 'is required, e.g. --niche "specialty coffee"' })
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters'),
  products: wholeNumberSchema({ min: 1, max: MAX_PRODUCTS, example: 200 }),
  seed: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(64, 'must be at most 64 characters')
    .optional(),
  out: z.string().trim().min(1, 'must not be empty'),
  json: z.boolean().default(false),
  formats: formatsSchema,
  imageBaseUrl: imageBaseUrlSchema,
  shopifyHeaders: shopifyHeadersSchema,
  images: z.boolean().default(true),
  aiProducts: wholeNumberSchema({ min: 0, max: MAX_PRODUCTS, example: 20 }).optional(),
  dryRun: z.boolean().default(false),
  apiUrl: z
    .url({ protocol: /^https?$/, error: 'must be the http(s) URL of a StoreCraft server' })
    .optional(),
});

export function registerGenerateCommand(
  program: Command,
  { out, config, apiKey }: CliContext,
): void {
  program
    .command('generate')
    .description('Generate a brand and catalog and write it to a folder')
    .requiredOption(
      '--niche <text>',
      'what the store sells, e.g. "specialty coffee" or "sustainable yoga wear"',
    )
    .addOption(new Option('--products <n>', 'number of products').default('50'))
    .option('--seed <seed>', 'seed for a reproducible catalog (default: random, printed)')
    .addOption(new Option('--out <dir>', 'output folder').default('./storecraft-out'))
    .addOption(
      new Option(
        '--formats <list>',
        'import files to write: shopify, woocommerce, magento, bigcommerce (comma-separated)',
      ).default('shopify'),
    )
    .option(
      '--image-base-url <url>',
      'public base URL the output folder will be served from (image URLs in the CSVs)',
    )
    .addOption(
      new Option(
        '--shopify-headers <set>',
        'Shopify header set: current (2026 template) or legacy',
      ).default('current'),
    )
    .option(
      '--no-images',
      'skip rendering product images (faster; CSVs then carry no image columns)',
    )
    .option(
      '--ai-products <n>',
      'with AI_PROVIDER set: AI copy and pictures for the first N products only, procedural for the rest (default: all)',
    )
    .option('--dry-run', 'estimate the AI cost of the catalog and write nothing')
    .option('--json', 'print the summary as JSON')
    .option(
      '--api-url <url>',
      'run on a StoreCraft server (with STORECRAFT_API_KEY) and download its exports into --out',
    )
    .action(async (raw: Record<string, unknown>) => {
      const options = parseInput(optionsSchema, raw, 'options');
      const seed = options.seed ?? randomBytes(4).toString('hex');
      if (options.dryRun) {
        const estimate = await estimateAiCost(config(), { ...options, seed });
        out.stdout(
          options.json ? `${JSON.stringify(estimate, null, 2)}\n` : formatEstimate(estimate),
        );
        return;
      }
      if (options.apiUrl) {
        const { runRemoteGenerate } = await import('../remote-generate.ts');
        await runRemoteGenerate(
          { out, apiKey },
          {
            apiUrl: options.apiUrl,
            niche: options.niche,
            products: options.products,
            seed,
            outDir: options.out,
            formats: options.formats,
            json: options.json,
            ...(options.imageBaseUrl ? { imageBaseUrl: options.imageBaseUrl } : {}),
            ...(options.aiProducts === undefined ? {} : { aiProducts: options.aiProducts }),
          },
        );
        return;
      }
      const progress = createProgress(out, options.products >= 2_000 && !options.json);
      const imageProgress = createProgress(out, options.images && !options.json, 'images');
      const aiProgress = createProgress(out, !options.json, 'AI copy');
      let summary: GenerateSummary;
      try {
        const { writeCopy, pictures } = await openAiRun(
          config(),
          {
            niche: options.niche,
            products: options.products,
            seed,
            aiProducts: options.aiProducts,
            images: options.images,
          },
          aiProgress,
          out,
        );
        summary = await generateCatalogFiles(
          {
            niche: options.niche,
            products: options.products,
            seed,
            outDir: options.out,
            formats: options.formats,
            shopifyHeaders: options.shopifyHeaders,
            ...(options.imageBaseUrl ? { imageBaseUrl: options.imageBaseUrl } : {}),
            images: options.images,
          },
          {
            onProgress: progress.update,
            onImageProgress: imageProgress.update,
            openPlatform: async (platformOptions) =>
              (await import('../platform.ts')).openPlatform(config(), out.warn, {
                ...platformOptions,
                ...(pictures ? { pictures: pictures.source } : {}),
              }),
            ...(writeCopy ? { writeCopy } : {}),
            ...(pictures ? { aiPictures: pictures } : {}),
          },
        );
      } finally {
        progress.stop();
        imageProgress.stop();
        aiProgress.stop();
      }
      if (options.json) {
        out.stdout(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      out.stdout(formatSummary(summary));
      if (summary.note) out.info(`note: ${summary.note}`);
      for (const e of summary.ai?.examples ?? [])
        out.info(
          `note: procedural copy for ${terminalSafe(e.title)}: ${e.reason ?? ''}: ${terminalSafe(e.detail ?? '')}`,
        );
      for (const e of summary.aiPictures?.examples ?? [])
        out.info(
          `note: procedural picture ${terminalSafe(e.picture)}: ${e.reason ?? ''}: ${terminalSafe(e.detail ?? '')}`,
        );
      for (const file of summary.kept)
        out.info(`note: kept ${file}: it was changed after StoreCraft wrote it`);
      if (summary.imagesRendered > 0 && !options.imageBaseUrl) {
        out.info(
          'note: image cells in the CSVs are paths relative to the output folder. Shopify, WooCommerce and BigCommerce fetch images from public URLs: upload the folder and run `storecraft export --from <dir> --image-base-url https://…` (or pass --image-base-url to generate).',
        );
      }
    });
}

const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

function formatSummary(s: GenerateSummary): string {
  // Copy and pictures share one ledger: the run's tokens and cost, shown once.
  const usage = (s.ai ?? s.aiPictures)?.usage;
  const rows: [string, string][] = [
    ['brand', `${s.brand} (${s.voice})`],
    ['niche', `${s.niche} → ${s.verticals.join(', ')}`],
    ['products', s.products.toLocaleString('en-US')],
    ['variants', s.variants.toLocaleString('en-US')],
    ['categories', String(s.categories)],
    [
      'images',
      s.imagesRendered > 0 || s.imagesFailed > 0
        ? `${s.imagesRendered.toLocaleString('en-US')} rendered${s.imagesFailed ? `, ${s.imagesFailed} failed` : ''}`
        : `${s.images.toLocaleString('en-US')} planned (not rendered)`,
    ],
    ['price range', `${money(s.minPriceCents)} – ${money(s.maxPriceCents)}`],
    ['seed', `${s.seed}   (repeat with --seed ${s.seed})`],
    ['import files', s.files.filter((f) => f.endsWith('.csv')).join(', ')],
    ...(s.ai ? aiRows(s.ai) : []),
    ...(s.aiPictures ? pictureRows(s.aiPictures) : []),
    ...(usage ? usageRows(usage, usage.maxCostUsd) : []),
    ...(s.ai
      ? [['AI time', `${(s.ai.milliseconds / 1000).toFixed(2)} s`] as [string, string]]
      : []),
    ['time', `${(s.milliseconds / 1000).toFixed(2)} s`],
    ['written to', s.outDir],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${rows.map(([k, v]) => `${k.padEnd(width)}  ${terminalSafe(v)}`).join('\n')}\n`;
}

/** Summary rows for AI copy: how many products, which fell back and why. */
function aiRows(ai: AiRunSummary): [string, string][] {
  return [
    [
      'AI copy',
      `${ai.aiProducts} of ${ai.requested} products by ${ai.textChain} (cache ${ai.cacheMode})`,
    ],
    ['AI fallbacks', fallbacksText(ai.fallbacks, ai.byReason)],
    [
      'AI brand text',
      ai.brand.source === 'ai'
        ? `tagline, mission and values by ${ai.brand.provider ?? 'AI'}`
        : `the engine's (${ai.brand.reason ?? ''}: ${ai.brand.detail ?? ''})`,
    ],
  ];
}

/** Summary rows for AI pictures: how many, from which provider, which fell back and why. */
function pictureRows(p: AiPictureSummary): [string, string][] {
  const sources = Object.entries(p.bySource);
  const by =
    sources.length > 1 ? sources.map(([source, n]) => `${source} ${n}`).join(', ') : p.imageChain;
  return [
    ['AI pictures', `${p.aiPictures} of ${p.requested} by ${by} (cache ${p.cacheMode})`],
    ['AI picture fallbacks', fallbacksText(p.fallbacks, p.byReason)],
  ];
}
