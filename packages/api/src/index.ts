export { appRouter, createCaller, type AppRouter } from './root.ts';
export { createContext, type ApiDeps, type Context } from './context.ts';
export {
  protectedProcedure,
  publicProcedure,
  workspaceProcedure,
  workspaceTaskProcedure,
} from './trpc.ts';
export { MAX_API_PRODUCTS } from './routers/catalogs.ts';
export { handleTrpcRequest, type TrpcFetchOptions } from './fetch-handler.ts';
