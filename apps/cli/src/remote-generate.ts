import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppRouter } from '@storecraft/api';
import { AppError } from '@storecraft/core';
import type { CsvFormat } from '@storecraft/exporters';
import type { BuildAiStatus } from '@storecraft/services';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { fallbacksText, usageRows } from './ai-summary-rows.ts';
import { terminalSafe, type Output } from './output.ts';
import { createProgress } from './progress.ts';

/**
 * `storecraft generate --api-url URL`: the same run on a StoreCraft server instead of this
 * machine. With the workspace's API key (`STORECRAFT_API_KEY`, write scope) it creates the brand,
 * starts the catalog build, follows the job until every image is done, exports each format on the
 * server and downloads the files (24-hour signed links) into `--out`.
 */
export interface RemoteGenerateInput {
  apiUrl: string;
  apiKey: string;
  niche: string;
  products: number;
  seed: string;
  outDir: string;
  formats: readonly CsvFormat[];
  imageBaseUrl?: string;
  /**
   * `--ai-products`: AI copy and pictures for the first N products when the server builds with
   * an AI provider (`aiProducts` of `catalogs.build`); the server's default (all) when absent.
   */
  aiProducts?: number;
}

export interface RemoteGenerateSummary {
  server: string;
  workspaceId: string;
  brandId: string;
  brand: string;
  seed: string;
  products: number;
  images: { done: number; failed: number };
  /** What the server's AI provider did for the build (copy, pictures, tokens, cost); null without one. */
  ai: BuildAiStatus | null;
  files: string[];
}

export interface RemoteGenerateHooks {
  onProgress?: (done: number, total: number) => void;
  onImageProgress?: (done: number, total: number) => void;
  /** Between two status polls; default 1 s. */
  pollMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** The exporters' main file name per format (the one a download gives). */
const mainFile: Record<CsvFormat, string> = {
  shopify: 'products.csv',
  woocommerce: 'products.csv',
  magento: 'catalog_product.csv',
  bigcommerce: 'products.csv',
};

/** `https://host` or `https://host/api/trpc` → the tRPC endpoint. */
export function trpcEndpointOf(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return base.endsWith('/api/trpc') ? base : `${base}/api/trpc`;
}

export async function remoteGenerate(
  input: RemoteGenerateInput,
  hooks: RemoteGenerateHooks = {},
): Promise<RemoteGenerateSummary> {
  const fetchImpl = hooks.fetch ?? fetch;
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: trpcEndpointOf(input.apiUrl),
        headers: { authorization: `Bearer ${input.apiKey}` },
        fetch: fetchImpl,
      }),
    ],
  });
  try {
    return await run(client, input, hooks, fetchImpl);
  } catch (error) {
    throw asAppError(error, input.apiUrl);
  }
}

async function run(
  client: ReturnType<typeof createTRPCClient<AppRouter>>,
  input: RemoteGenerateInput,
  hooks: RemoteGenerateHooks,
  fetchImpl: typeof fetch,
): Promise<RemoteGenerateSummary> {
  // An API key belongs to exactly one workspace.
  const [workspace] = await client.workspace.list.query();
  if (!workspace) throw new AppError('FORBIDDEN', 'The API key reaches no workspace');
  const workspaceId = workspace.id;
  const brand = await client.brands.create.mutate({
    workspaceId,
    niche: input.niche,
    seed: input.seed,
  });
  const { jobId } = await client.catalogs.build.mutate({
    workspaceId,
    brandId: brand.id,
    products: input.products,
    // More than the catalog means all of it, as on the local path (the server refuses more).
    ...(input.aiProducts === undefined
      ? {}
      : { aiProducts: Math.min(input.aiProducts, input.products) }),
  });
  let images = { done: 0, failed: 0 };
  let ai: BuildAiStatus | null = null;
  for (;;) {
    hooks.signal?.throwIfAborted();
    const status = await client.jobs.status.query({ workspaceId, jobId });
    hooks.onProgress?.(Math.round(status.progress * input.products), input.products);
    if (status.build) {
      const counts = status.build.images;
      hooks.onImageProgress?.(counts.done + counts.failed, counts.total);
      images = { done: counts.done, failed: counts.failed };
      ai = status.build.ai;
    }
    if (status.status === 'failed') {
      throw new AppError(
        'INTERNAL',
        `The catalog build failed: ${status.lastError ?? 'no reason given'}`,
      );
    }
    if (status.build?.isComplete) break;
    await new Promise((resolve) => setTimeout(resolve, hooks.pollMs ?? 1_000));
  }

  await mkdir(input.outDir, { recursive: true });
  const files: string[] = [];
  const write = async (relative: string, data: string | Uint8Array) => {
    const target = path.join(input.outDir, relative);
    await mkdir(path.dirname(target), { recursive: true });
    // `wx`: never overwrite a file that is already there (a previous run, or someone's own).
    await writeFile(target, data, { flag: 'wx' }).catch((error: unknown) => {
      if ((error as { code?: unknown }).code === 'EEXIST') {
        throw new AppError('INVALID_INPUT', `${target} exists; choose an empty --out folder`);
      }
      throw error;
    });
    files.push(relative);
  };
  const full = await client.brands.get.query({ workspaceId, brandId: brand.id });
  await write('brand.json', `${JSON.stringify(full, null, 2)}\n`);
  for (const format of input.formats) {
    const exported = await client.exports.create.mutate({
      workspaceId,
      brandId: brand.id,
      format,
      ...(input.imageBaseUrl === undefined ? {} : { imageBaseUrl: input.imageBaseUrl }),
    });
    // The server queues the export; its file is there once the export says `done`.
    let state: { status: string; lastError: string | null } = exported;
    while (state.status !== 'done') {
      if (state.status === 'failed') {
        throw new AppError(
          'INTERNAL',
          `The ${format} export failed: ${state.lastError ?? 'no reason given'}`,
        );
      }
      hooks.signal?.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, hooks.pollMs ?? 1_000));
      state = await client.exports.get.query({ workspaceId, exportId: exported.id });
    }
    const { url } = await client.exports.downloadUrl.query({ workspaceId, exportId: exported.id });
    const response = await fetchImpl(new URL(url, input.apiUrl));
    if (!response.ok) {
      throw new AppError(
        'INTERNAL',
        `Downloading the ${format} export failed: HTTP ${response.status}`,
      );
    }
    await write(path.join(format, mainFile[format]), new Uint8Array(await response.arrayBuffer()));
  }
  return {
    server: input.apiUrl,
    workspaceId,
    brandId: brand.id,
    brand: brand.name,
    seed: input.seed,
    products: input.products,
    images,
    ai,
    files,
  };
}

/** The server's answer as the CLI's one error type, so exit codes follow the usual rules. */
function asAppError(error: unknown, apiUrl: string): unknown {
  if (!(error instanceof TRPCClientError)) return error;
  const data = (error as TRPCClientError<AppRouter>).data;
  const status = data?.httpStatus;
  const message = `${apiUrl}: ${error.message}`;
  if (status === 401) {
    return new AppError('FORBIDDEN', `${apiUrl} refused the API key`, {
      userMessage: `${apiUrl} refused the API key: set STORECRAFT_API_KEY to a key of your workspace (write scope).`,
    });
  }
  if (status === 400) {
    return new AppError('INVALID_INPUT', message, { fieldErrors: data?.fieldErrors ?? [] });
  }
  if (status === 403) return new AppError('FORBIDDEN', message);
  if (status === 404) return new AppError('NOT_FOUND', message);
  if (status === 409) return new AppError('CONFLICT', message);
  if (status === 429) return new AppError('RATE_LIMITED', message);
  return new AppError('INTERNAL', status ? message : `Cannot reach ${apiUrl}: ${error.message}`, {
    cause: error,
  });
}

/**
 * The `generate --api-url` path of the CLI: checks the key is there, shows progress bars like the
 * local path and prints the summary (or JSON).
 */
export async function runRemoteGenerate(
  context: { out: Output; apiKey: string | undefined },
  input: Omit<RemoteGenerateInput, 'apiKey'> & { json: boolean },
): Promise<void> {
  const { out } = context;
  if (!context.apiKey) {
    throw new AppError('INVALID_INPUT', 'STORECRAFT_API_KEY is not set', {
      userMessage:
        '--api-url needs STORECRAFT_API_KEY: create a key (write scope) in your workspace settings and export it.',
      fieldErrors: [{ path: 'STORECRAFT_API_KEY', message: 'is required with --api-url' }],
    });
  }
  const { json, ...rest } = input;
  const progress = createProgress(out, !json);
  const imageProgress = createProgress(out, !json, 'images');
  let summary: RemoteGenerateSummary;
  try {
    summary = await remoteGenerate(
      { ...rest, apiKey: context.apiKey },
      { onProgress: progress.update, onImageProgress: imageProgress.update },
    );
  } finally {
    progress.stop();
    imageProgress.stop();
  }
  if (json) {
    out.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  out.stdout(formatRemoteSummary(summary, input.outDir));
}

/** The summary as `generate` prints it: one `label  value` row each, AI rows when AI was used. */
export function formatRemoteSummary(summary: RemoteGenerateSummary, outDir: string): string {
  const rows: [string, string][] = [
    ['server', summary.server],
    ['brand', `${summary.brand} (${summary.brandId})`],
    ['products', summary.products.toLocaleString('en-US')],
    [
      'images',
      `${summary.images.done.toLocaleString('en-US')} rendered${summary.images.failed ? `, ${summary.images.failed} failed` : ''}`,
    ],
    ...(summary.ai ? aiRows(summary.ai) : []),
    ['seed', summary.seed],
    ['wrote', summary.files.map((f) => path.join(outDir, f)).join(', ')],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${rows.map(([label, value]) => `${label.padEnd(width)}  ${terminalSafe(value)}`).join('\n')}\n`;
}

/** What the server's AI did, in the rows a local `generate` prints for the same facts. */
function aiRows(ai: BuildAiStatus): [string, string][] {
  const rows: [string, string][] = [];
  if (ai.skipped) rows.push(['AI', `not used: ${ai.skipped}`]);
  if (ai.copy) {
    rows.push(
      [
        'AI copy',
        `${ai.copy.ai} of ${ai.copy.requested} products by ${ai.textChain ?? ai.provider}`,
      ],
      ['AI fallbacks', fallbacksText(ai.copy.fallbacks, ai.copy.byReason)],
    );
  }
  if (ai.pictures) {
    const pending = ai.pictures.pending > 0 ? `, ${ai.pictures.pending} not drawn yet` : '';
    rows.push(
      [
        'AI pictures',
        `${ai.pictures.ai} of ${ai.pictures.requested} by ${ai.imageChain ?? ai.provider}${pending}`,
      ],
      ['AI picture fallbacks', fallbacksText(ai.pictures.fallbacks, ai.pictures.byReason)],
    );
  }
  rows.push(...usageRows(ai.usage, ai.maxCostUsd ?? undefined));
  for (const note of ai.notes) rows.push(['AI note', note]);
  return rows;
}
