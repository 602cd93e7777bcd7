import { z } from 'zod';

export const workspaceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(120),
  slug: z.string().regex(/^[a-z0-9-]{2,64}$/),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const membershipRoles = ['owner', 'admin', 'member'] as const;
export const membershipRoleSchema = z.enum(membershipRoles);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;
