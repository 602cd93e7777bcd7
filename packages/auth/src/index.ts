export { createAuth } from './create-auth.ts';
export type { AuthOptions, LimitWindow, RateLimitOptions } from './options.ts';
export type {
  Actor,
  ApiKeyScope,
  ApiKeySummary,
  AuthService,
  InvitationPreview,
  InvitationSummary,
  MemberSummary,
  WorkspaceDirectory,
  WorkspaceSummary,
} from './types.ts';
