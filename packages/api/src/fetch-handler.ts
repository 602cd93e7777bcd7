import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext, type ApiDeps } from './context.ts';
import { appRouter } from './root.ts';

export interface TrpcFetchOptions {
  /** Where the router is mounted; default `/api/trpc`. */
  endpoint?: string;
  /** Errors of procedures, for the server log (INTERNAL_SERVER_ERROR ones carry the cause). */
  onError?: (info: {
    path: string | undefined;
    error: Error;
    requestId: string | undefined;
  }) => void;
}

/** Serves the router over the fetch API (`Request` → `Response`), as apps/web mounts it. */
export function handleTrpcRequest(
  deps: ApiDeps,
  request: Request,
  options: TrpcFetchOptions = {},
): Promise<Response> {
  return fetchRequestHandler({
    endpoint: options.endpoint ?? '/api/trpc',
    req: request,
    router: appRouter,
    createContext: ({ req }) => createContext(deps, req.headers),
    onError: ({ path, error, ctx }) =>
      options.onError?.({ path, error, requestId: ctx?.requestId }),
  });
}
