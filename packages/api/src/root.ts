import { brandsRouter } from './routers/brands.ts';
import { catalogsRouter } from './routers/catalogs.ts';
import { exportsRouter } from './routers/exports.ts';
import { jobsRouter } from './routers/jobs.ts';
import { workspaceRouter } from './routers/workspace.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  brands: brandsRouter,
  catalogs: catalogsRouter,
  exports: exportsRouter,
  jobs: jobsRouter,
  workspace: workspaceRouter,
});

export type AppRouter = typeof appRouter;

/** In-process calls (tests, server-side rendering): `createCaller(context).brands.list(…)`. */
export const createCaller = createCallerFactory(appRouter);
