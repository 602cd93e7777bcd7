import { defineBenches } from '@storecraft/core/testing';
import type { DatabaseDriver } from '@storecraft/db';
import { testDrivers } from '@storecraft/db/testing';
import { createApiHarness, type ApiHarness } from '../src/testing/index.ts';

/**
 * A platform build as the live build page sees it: `catalogs.build` of 10,000 products without
 * pictures, worked in-process, while the page polls `jobs.status` every 200 ms. Prints how long
 * the slowest status answer took and how many distinct progress values the page saw: on the
 * embedded database the build once held the event loop from start to end (the page saw 0 % and
 * then done), and each batch of products cost more than the last (10,000 products took 159 s).
 */
const PRODUCTS = 10_000;
const POLL_MS = 200;

interface Context {
  h: ApiHarness;
  api: Awaited<ReturnType<ApiHarness['caller']>>;
  workspaceId: string;
  stop: () => Promise<void>;
}

async function setup(driver: DatabaseDriver): Promise<Context> {
  const h = await createApiHarness(driver);
  const runner = h.startWorker();
  const owner = await h.auth.signUp('bench@example.com');
  const api = await h.caller(h.auth.as(owner.userId));
  return { h, api, workspaceId: owner.workspaceId, stop: async () => void (await runner.stop()) };
}

let runs = 0;

async function build({ api, workspaceId }: Context, driver: DatabaseDriver): Promise<void> {
  const brand = await api.brands.create({
    workspaceId,
    niche: 'specialty coffee',
    seed: `bench-${++runs}`,
  });
  const { jobId } = await api.catalogs.build({
    workspaceId,
    brandId: brand.id,
    products: PRODUCTS,
    images: false,
  });
  const progress = new Set<number>();
  let slowest = 0;
  for (;;) {
    const asked = performance.now();
    const status = await api.jobs.status({ workspaceId, jobId });
    slowest = Math.max(slowest, performance.now() - asked);
    if (status.status === 'running') progress.add(status.progress);
    if (status.status === 'failed') throw new Error(`the build failed: ${status.lastError}`);
    if (status.build?.isComplete) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  process.stderr.write(
    `bench:   ${driver}: slowest status answer ${slowest.toFixed(0)} ms, ` +
      `${progress.size} progress values seen while running\n`,
  );
}

export default defineBenches(
  (['pglite', 'postgres'] as const).map((driver) => ({
    name: `api: build ${PRODUCTS.toLocaleString('en-US')} products without pictures, polled (${driver})`,
    runs: 3,
    warmup: 0,
    ...(testDrivers.includes(driver) ? {} : { skip: 'DATABASE_URL is not set' }),
    setup: () => setup(driver),
    run: async (context: unknown) => {
      await build(context as Context, driver);
      return { items: PRODUCTS, unit: 'products' };
    },
    teardown: async (context: unknown) => {
      await (context as Context).stop();
      await (context as Context).h.close();
    },
  })),
);
