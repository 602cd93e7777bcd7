import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { serveApiHarness, type ServedApiHarness } from '@storecraft/api/testing';
import { loadConfig } from '@storecraft/config';
import { testDrivers } from '@storecraft/db/testing';
import { validateExport } from '@storecraft/exporters';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureOutput } from '../src/output.ts';
import { runCli } from '../src/program.ts';
import { home, tempDir } from './run-cli.ts';

/** `storecraft generate --api-url` against a real server on 127.0.0.1. */
async function remoteCli(apiKey: string | undefined, ...args: string[]) {
  const output = captureOutput();
  const code = await runCli(['node', 'storecraft', ...args], {
    loadConfig: () => loadConfig({ STORECRAFT_HOME: home }),
    output,
    ...(apiKey === undefined ? {} : { apiKey }),
  });
  return { code, out: output.out, err: output.err };
}

describe.each(testDrivers)('generate --api-url on %s', (driver) => {
  let server: ServedApiHarness;
  let writeKey: string;
  let readKey: string;

  beforeAll(async () => {
    server = await serveApiHarness(driver);
    server.startWorker();
    const owner = await server.auth.signUp('cli@example.com');
    const api = await server.caller(server.auth.as(owner.userId));
    const scoped = (scope: 'read' | 'write') =>
      api.workspace.apiKeys.create({ workspaceId: owner.workspaceId, name: scope, scope });
    writeKey = (await scoped('write')).key;
    readKey = (await scoped('read')).key;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  /** The `aiProducts` the server's build job was given (null: none, i.e. the server's default). */
  async function aiProductsOf(brandId: string): Promise<unknown> {
    const rows = await server.t.raw(
      `select payload->'aiProducts' as ai_products from generation_jobs
       where brand_id = $1 and kind = 'catalog'`,
      [brandId],
    );
    expect(rows).toHaveLength(1);
    return rows[0]?.ai_products ?? null;
  }

  it('builds 30 products on the server and downloads a valid Shopify file into --out', async () => {
    const out = path.join(tempDir(), 'remote-out');
    const run = await remoteCli(
      writeKey,
      'generate',
      '--api-url',
      server.url,
      '--niche',
      'specialty coffee',
      '--products',
      '30',
      '--seed',
      'remote-1',
      '--ai-products',
      '12',
      '--out',
      out,
      '--json',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out) as {
      brandId: string;
      products: number;
      images: { done: number; failed: number };
      ai: unknown;
    };
    expect(summary.products).toBe(30);
    // This server has no AI provider: the build asked none, and the summary says so.
    expect(summary.ai).toBeNull();
    expect(await aiProductsOf(summary.brandId)).toBe(12);
    expect(summary.images.failed).toBe(0);
    expect(summary.images.done).toBeGreaterThanOrEqual(30);
    expect(readdirSync(out).sort()).toEqual(['brand.json', 'shopify']);
    const csv = readFileSync(path.join(out, 'shopify', 'products.csv'), 'utf8');
    const report = await validateExport('shopify', csv);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.productCount).toBe(30);
    // Nothing of the run is left in the CLI's own embedded database folder.
    expect(existsSync(path.join(home, 'db'))).toBe(false);
  }, 180_000);

  it('asks for AI on the whole catalog when --ai-products is larger, and leaves it to the server without it', async () => {
    const run = async (...extra: string[]) => {
      const result = await remoteCli(
        writeKey,
        'generate',
        '--api-url',
        server.url,
        '--niche',
        'loose leaf tea',
        '--products',
        '2',
        '--out',
        path.join(tempDir(), 'remote-out'),
        '--json',
        ...extra,
      );
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      return (JSON.parse(result.out) as { brandId: string }).brandId;
    };
    expect(await aiProductsOf(await run('--ai-products', '5'))).toBe(2);
    expect(await aiProductsOf(await run())).toBeNull();
  }, 180_000);

  it('exits 2 without a key, and says so when the key may only read', async () => {
    const out = path.join(tempDir(), 'remote-out');
    const args = [
      'generate',
      '--api-url',
      server.url,
      '--niche',
      'tea',
      '--products',
      '3',
      '--out',
      out,
    ];
    const missing = await remoteCli(undefined, ...args);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('STORECRAFT_API_KEY');
    const readOnly = await remoteCli(readKey, ...args);
    expect(readOnly.code).toBe(1);
    expect(readOnly.err).toMatch(/read-only/);
    const wrong = await remoteCli('sc_live_not-a-key', ...args);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/refused the API key/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
