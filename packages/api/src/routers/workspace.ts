import { membershipRoleSchema } from '@storecraft/core';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { externalIdSchema } from '../ids.ts';
import { protectedProcedure, router, workspaceTaskProcedure } from '../trpc.ts';

/**
 * Thin wrappers over the accounts package's WorkspaceDirectory, which enforces roles (owners and
 * admins manage members, invitations and keys) and answers as if another workspace did not exist.
 */
const members = router({
  list: workspaceTaskProcedure.query(({ ctx }) =>
    ctx.deps.auth.workspaces.listMembers(ctx.actor, ctx.workspace.id),
  ),
  remove: workspaceTaskProcedure
    .input(z.object({ userId: externalIdSchema }))
    .mutation(async ({ ctx, input }) => {
      await ctx.deps.auth.workspaces.removeMember(ctx.actor, ctx.workspace.id, input.userId);
      return { removed: true };
    }),
});

const invitations = router({
  list: workspaceTaskProcedure.query(({ ctx }) =>
    ctx.deps.auth.workspaces.listInvitations(ctx.actor, ctx.workspace.id),
  ),
  /** The token goes into the invitation link; it is in this answer only. */
  create: workspaceTaskProcedure
    .input(z.object({ email: z.email().max(254), role: membershipRoleSchema.default('member') }))
    .mutation(({ ctx, input }) =>
      ctx.deps.auth.workspaces.createInvitation(ctx.actor, ctx.workspace.id, input),
    ),
  revoke: workspaceTaskProcedure
    .input(z.object({ invitationId: externalIdSchema }))
    .mutation(async ({ ctx, input }) => {
      await ctx.deps.auth.workspaces.revokeInvitation(
        ctx.actor,
        ctx.workspace.id,
        input.invitationId,
      );
      return { revoked: true };
    }),
  /** What a link invites to (workspace, role, expiry), shown before joining; people only. */
  preview: protectedProcedure
    .input(z.object({ token: z.string().min(1).max(512) }))
    .query(({ ctx, input }) => {
      if (ctx.actor.kind !== 'user') {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'Sign in to see an invitation.' });
      }
      return ctx.deps.auth.workspaces.previewInvitation(ctx.actor, input.token);
    }),
  /** The signed-in person joins the workspace the link invites to (people only, not keys). */
  accept: protectedProcedure
    .input(z.object({ token: z.string().min(1).max(512) }))
    .mutation(({ ctx, input }) => {
      if (ctx.actor.kind !== 'user') {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'Sign in to accept an invitation.' });
      }
      return ctx.deps.auth.workspaces.acceptInvitation(ctx.actor, input.token);
    }),
});

const apiKeys = router({
  list: workspaceTaskProcedure.query(({ ctx }) =>
    ctx.deps.auth.workspaces.listApiKeys(ctx.actor, ctx.workspace.id),
  ),
  /** The full key is in this answer once; only its hash is kept. */
  create: workspaceTaskProcedure
    .input(z.object({ name: z.string().trim().min(1).max(80), scope: z.enum(['read', 'write']) }))
    .mutation(({ ctx, input }) =>
      ctx.deps.auth.workspaces.createApiKey(ctx.actor, ctx.workspace.id, input),
    ),
  revoke: workspaceTaskProcedure
    .input(z.object({ keyId: externalIdSchema }))
    .mutation(async ({ ctx, input }) => {
      await ctx.deps.auth.workspaces.revokeApiKey(ctx.actor, ctx.workspace.id, input.keyId);
      return { revoked: true };
    }),
});

export const workspaceRouter = router({
  /** The workspaces the caller belongs to (an API key: its own). */
  list: protectedProcedure.query(({ ctx }) => ctx.deps.auth.workspaces.listWorkspaces(ctx.actor)),
  members,
  invitations,
  apiKeys,
});
