import { brandsRouter } from './routers/brands.ts';
import { catalogTableRouter } from './routers/catalog-table.ts';
import { catalogsRouter } from './routers/catalogs.ts';
import { exportsRouter } from './routers/exports.ts';
import { jobsRouter } from './routers/jobs.ts';
import { storefrontRouter } from './routers/storefront.ts';
import { workspaceRouter } from './routers/workspace.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  brands: brandsRouter,
  catalogs: catalogsRouter,
  catalogTable: catalogTableRouter,
  exports: exportsRouter,
  jobs: jobsRouter,
  storefront: storefrontRouter,
  workspace: workspaceRouter,
});

export type AppRouter = typeof appRouter;

/** In-process calls (tests, server-side rendering): `createCaller(context).brands.list(…)`. */
export const createCaller = createCallerFactory(appRouter);
