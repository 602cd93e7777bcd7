import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization } from 'better-auth/plugins/organization';
import { authTables, deleteUser } from '@storecraft/db';
import { idForModel } from './ids.ts';
import { isLocalHttp, type ResolvedAuthOptions } from './options.ts';
import { deriveKey, randomToken } from './secrets.ts';

/**
 * better-auth on our own tables. Its models are mapped onto the schema in `@storecraft/db`:
 * user → users, organization → workspaces, member → workspace_memberships, invitation →
 * workspace_invitations, session → sessions, account → accounts, verification → verifications.
 */
export function buildBetterAuth(options: ResolvedAuthOptions) {
  const secureCookies = !isLocalHttp(options.baseUrl);
  const auth = betterAuth({
    appName: 'StoreCraft',
    baseURL: options.baseUrl,
    basePath: options.basePath,
    secret: deriveKey(options.secret, 'auth-session-cookies'),
    trustedOrigins: [new URL(options.baseUrl).origin],
    // No network: never phone home.
    telemetry: { enabled: false },
    // Wrong passwords are routine, not warnings; failures still log.
    logger: { level: 'error' },
    database: drizzleAdapter(options.db, {
      provider: 'pg',
      schema: authTables,
      // Off: on PGlite (one connection) a transaction around sign-up would block the hooks' own
      // queries. Sign-up is made whole another way: see `user.create.after` below.
      transaction: false,
    }),
    user: { modelName: 'users' },
    session: {
      modelName: 'sessions',
      fields: { userId: 'userId' },
      expiresIn: options.sessionExpiresInSeconds,
      // Sliding expiry: a session used after a day gets a fresh expiry.
      updateAge: 24 * 3600,
      // No cookie cache: every request checks the sessions table, so a revoked session (or
      // sign-out everywhere) stops working at once instead of after the cache's max age.
      cookieCache: { enabled: false },
    },
    account: { modelName: 'accounts' },
    verification: { modelName: 'verifications' },
    emailAndPassword: {
      enabled: true,
      // Hashing: the library's scrypt (N=16384, r=16, p=1, 64-byte key, 16-byte salt).
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
      // Changing the password signs out every other session.
      revokeSessionsOnPasswordReset: true,
    },
    // Brute-force limits are ours (rate-limiter-flexible, see sign-in-limiter.ts).
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: secureCookies,
      cookiePrefix: 'storecraft',
      defaultCookieAttributes: {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        path: '/',
      },
      database: { generateId: ({ model }) => idForModel(model) },
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
      // On, whatever the environment: better-auth turns its origin and CSRF checks off when
      // NODE_ENV=test (or TEST) is set, so a test run, or a server started from such a shell,
      // would accept sign-ins posted from any site.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    plugins: [
      organization({
        // Workspaces are made by sign-up (personal) and by the API, not by this plugin's routes.
        allowUserToCreateOrganization: false,
        creatorRole: 'owner',
        invitationExpiresIn: options.invitationExpiresInSeconds,
        schema: {
          organization: { modelName: 'workspaces' },
          member: { modelName: 'workspaceMemberships', fields: { organizationId: 'workspaceId' } },
          invitation: {
            modelName: 'workspaceInvitations',
            fields: { organizationId: 'workspaceId' },
            // Links carry a token kept only as its hash (see workspace-directory.ts).
            additionalFields: { tokenHash: { type: 'string', required: true, input: false } },
          },
          session: { fields: { activeOrganizationId: 'activeWorkspaceId' } },
        },
      }),
    ],
    databaseHooks: {
      user: {
        create: {
          // A new account gets a personal workspace it owns.
          after: async (user) => {
            try {
              await auth.api.createOrganization({
                body: {
                  name: personalWorkspaceName(user.name),
                  slug: personalWorkspaceSlug(user.name),
                  userId: user.id,
                },
              });
            } catch (error) {
              // No account without a workspace: undo the sign-up (sessions and the password go
              // with the user through the foreign keys) and let it fail.
              await deleteUser(options.db, user.id);
              throw error;
            }
          },
        },
      },
    },
  });
  return auth;
}

export type BetterAuthInstance = ReturnType<typeof buildBetterAuth>;

function personalWorkspaceName(userName: string): string {
  const name = userName.trim() || 'My';
  return `${name.slice(0, 100)}'s workspace`;
}

/** `ada-lovelace-3kq9x2mz`: readable, unique without a lookup. */
function personalWorkspaceSlug(userName: string): string {
  const base = userName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const suffix = randomToken(8)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8);
  return `${base || 'workspace'}-${suffix || 'ws'}`;
}
