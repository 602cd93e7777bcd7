import { AppError, toFieldErrors, type AppErrorCode, type FieldError } from '@storecraft/core';
import { databaseAppError, withWorkspace, type TenantTx } from '@storecraft/db';
import type { MembershipRole } from '@storecraft/core';
import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { z, ZodError } from 'zod';
import type { Context } from './context.ts';

/** The one table from AppError codes to tRPC codes (and so HTTP statuses). */
const trpcCodeOf: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_REQUEST',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  PROVIDER_FAILED: 'BAD_GATEWAY',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

const GENERIC_MESSAGE = 'Something went wrong on our side; try again in a moment.';

/** Field errors carried by an error: zod issues of the input, or an AppError's own. */
function fieldErrorsOf(error: TRPCError): FieldError[] {
  const cause = error.cause;
  if (cause instanceof ZodError) return toFieldErrors(cause.issues);
  if (cause instanceof AppError) return cause.fieldErrors;
  return [];
}

const t = initTRPC.context<Context>().create({
  // Never put stack traces in responses, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    const fieldErrors = fieldErrorsOf(error);
    return {
      code: shape.code,
      // Bad-input messages from zod are JSON dumps of issues: say it plainly, details below.
      message: internal
        ? GENERIC_MESSAGE
        : error.cause instanceof ZodError
          ? 'The request has invalid fields.'
          : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        ...(shape.data.path === undefined ? {} : { path: shape.data.path }),
        fieldErrors,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Translates what resolvers throw into tRPC errors: an AppError keeps its safe `userMessage`
 * under the mapped code, a database error becomes the AppError it means, anything else is an
 * INTERNAL_SERVER_ERROR with a generic message (the cause stays on the server for logs).
 */
const translateErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const error = result.error;
  const cause = error.cause;
  if (error.code !== 'INTERNAL_SERVER_ERROR' || cause === undefined) throw error;
  const appError = cause instanceof AppError ? cause : databaseAppError(cause);
  if (!appError) throw error;
  throw new TRPCError({
    code: trpcCodeOf[appError.code],
    message: appError.code === 'INTERNAL' ? GENERIC_MESSAGE : appError.userMessage,
    cause: appError,
  });
});

export const publicProcedure = t.procedure.use(translateErrors);

/** Signed in (session) or a valid API key; narrows `ctx.actor` to non-null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in or send an API key.' });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** Workspace ids as the API hands them out; anything else cannot name a workspace. */
export const workspaceIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a workspace id');

const workspaceInput = z.object({ workspaceId: workspaceIdSchema });

/**
 * Checks membership and key scope for a procedure whose input names a workspace. A non-member
 * gets NOT_FOUND (never FORBIDDEN), so ids of other workspaces reveal nothing; a read-scope key
 * may call queries only.
 */
const memberOfWorkspace = protectedProcedure
  .input(workspaceInput)
  .use(async ({ ctx, input, type, next }) => {
    const role = await ctx.deps.auth.workspaces.roleOf(ctx.actor, input.workspaceId);
    if (!role) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'That workspace does not exist.' });
    }
    if (type === 'mutation' && ctx.actor.kind === 'api-key' && ctx.actor.scope !== 'write') {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'This API key is read-only; use a key with the write scope.',
      });
    }
    return next({ ctx: { ...ctx, workspace: { id: input.workspaceId, role } } });
  });

/** Thrown inside the transaction so a failed resolver rolls its writes back. */
class RollBack extends Error {}

/**
 * For tenant procedures: the resolver runs inside `withWorkspace`, so every query it makes through
 * `ctx.tx` is confined to the workspace by row-level security.
 */
export const workspaceProcedure = memberOfWorkspace.use(async ({ ctx, next }) => {
  const run = (tx: TenantTx) => next({ ctx: { ...ctx, tx } });
  let result: Awaited<ReturnType<typeof run>> | undefined;
  try {
    await withWorkspace(ctx.deps.db, ctx.workspace.id, async (tx) => {
      result = await run(tx);
      if (!result.ok) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  if (!result) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR' });
  return result;
});

/**
 * For tenant procedures that start work (a build, an export, a retry): membership is checked the
 * same way, but the service opens its own short transactions and talks to the queue, which must
 * not happen inside an open transaction (PGlite has one connection: it would wait on itself).
 */
export const workspaceTaskProcedure = memberOfWorkspace;

export type WorkspaceRole = MembershipRole;
