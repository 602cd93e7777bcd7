import { createAuth } from '@storecraft/auth';
import { createCaller, createContext, handleTrpcRequest, type ApiDeps } from '@storecraft/api';
import type { Gateway, GatewayDeps } from './start-platform.ts';
import { requestContext } from '@storecraft/telemetry';

/**
 * Accounts (`@storecraft/auth`, at `/api/auth/*`) and the tRPC router (`@storecraft/api`, at
 * `/api/trpc/*`) over the platform's database, queue and storage.
 */
export function createGateway(deps: GatewayDeps): Promise<Gateway> {
  const auth = createAuth({
    db: deps.database.db,
    driver: deps.database.driver,
    baseUrl: deps.config.server.publicUrl,
    secret: deps.signingSecret,
  });
  const api: ApiDeps = {
    db: deps.database.db,
    driver: deps.database.driver,
    auth,
    queue: deps.queue,
    storage: deps.storage,
    config: deps.config,
    jobs: { catalog: deps.jobs.catalog, export: deps.jobs.export },
  };
  return Promise.resolve({
    auth,
    trpc: (request) =>
      handleTrpcRequest(api, request, {
        onError: ({ path, error }) => {
          // Expected refusals (NOT_FOUND, BAD_REQUEST, …) are answers, not server faults.
          const code = (error as { code?: unknown }).code;
          if (code !== 'INTERNAL_SERVER_ERROR') return;
          deps.logger.error(
            { err: error, procedure: path, requestId: requestContext.getStore()?.requestId },
            'procedure failed',
          );
        },
      }),
    pages: {
      publicUrl: deps.config.server.publicUrl,
      caller: async (headers) => {
        const context = await createContext(api, headers);
        return { actor: context.actor, api: createCaller(context) };
      },
    },
    close: () => Promise.resolve(),
  });
}
