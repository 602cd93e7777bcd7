import { defineBenches } from '@storecraft/core/testing';
import type { DatabaseDriver } from '@storecraft/db';
import { testDrivers } from '@storecraft/db/testing';
import { createApiHarness, type ApiHarness } from '../src/testing/index.ts';

/**
 * The products page (50 products, cursor) through the fetch handler as apps/web serves it, signed
 * in with a session cookie: membership check, withWorkspace, three queries. In-process, so this is
 * the gateway's own cost without HTTP; the autocannon bench in apps/web measures the server.
 */
const PRODUCTS = 1_000;
const PAGES_PER_RUN = 200;

interface Context {
  h: ApiHarness;
  headers: Headers;
  workspaceId: string;
  brandId: string;
}

async function setup(driver: DatabaseDriver): Promise<Context> {
  const h = await createApiHarness(driver);
  const runner = h.startWorker();
  const owner = await h.auth.signUp('bench@example.com');
  const headers = h.auth.as(owner.userId);
  const api = await h.caller(headers);
  const workspaceId = owner.workspaceId;
  const brand = await api.brands.create({ workspaceId, niche: 'specialty coffee', seed: 'bench' });
  const { jobId } = await api.catalogs.build({
    workspaceId,
    brandId: brand.id,
    products: PRODUCTS,
  });
  // The products are written by the build job itself; its images do not matter here.
  while ((await api.jobs.status({ workspaceId, jobId })).status !== 'done') {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await runner.stop();
  return { h, headers, workspaceId, brandId: brand.id };
}

async function walkPages({ h, headers, workspaceId, brandId }: Context): Promise<number> {
  let pages = 0;
  let cursor: string | undefined;
  while (pages < PAGES_PER_RUN) {
    const response = await h.http('catalogs.products', {
      type: 'query',
      headers,
      input: { workspaceId, brandId, ...(cursor === undefined ? {} : { cursor }) },
    });
    if (response.status !== 200) throw new Error(response.text);
    const body = response.body as { result: { data: { nextCursor: string | null } } };
    cursor = body.result.data.nextCursor ?? undefined;
    pages++;
  }
  return pages;
}

export default defineBenches(
  (['pglite', 'postgres'] as const).map((driver) => ({
    name: `api: catalogs.products page of 50 (${PAGES_PER_RUN} pages, ${driver})`,
    runs: 5,
    ...(testDrivers.includes(driver) ? {} : { skip: 'DATABASE_URL is not set' }),
    setup: () => setup(driver),
    run: async (context: unknown) => ({
      items: await walkPages(context as Context),
      unit: 'pages',
    }),
    teardown: (context: unknown) => (context as Context).h.close(),
  })),
);
