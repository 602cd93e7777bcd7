import type { InvitationPreview } from '@storecraft/auth';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '../../../../ui/components/sign-out-button.tsx';
import { formatDateTime } from '../../../../ui/components/workspace-format.ts';
import { currentSession, type UserActor } from '../../../../ui/server/session.ts';
import type { ApiCaller } from '../../../../src/page-bridge.ts';
import { AcceptInvitation } from './accept-invitation.tsx';

export const metadata: Metadata = { title: 'Invitation' };

/** Tokens are 32 random bytes in base64url; the API accepts 20–200 characters. */
function plausibleToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,200}$/.test(token);
}

type Lookup =
  | { kind: 'ok'; invitation: InvitationPreview }
  | { kind: 'other-email'; message: string }
  | { kind: 'unusable'; message: string };

/**
 * The code of a tRPC error from the platform's router. By name, not instanceof: the pages' bundle
 * has its own copy of @trpc/server, so those errors are not instances of its TRPCError.
 */
function trpcCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'TRPCError' || !('code' in error))
    return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The invitation as the API describes it to this person, or why they cannot use it. */
async function lookUp(api: ApiCaller, token: string): Promise<Lookup> {
  try {
    return { kind: 'ok', invitation: await api.workspace.invitations.preview({ token }) };
  } catch (error) {
    const code = trpcCode(error);
    // Both messages are the API's own words for people (AppError userMessage).
    if (code === 'FORBIDDEN') return { kind: 'other-email', message: (error as Error).message };
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') {
      return { kind: 'unusable', message: (error as Error).message };
    }
    throw error;
  }
}

/**
 * Where an invitation link lands. Signed out: how to get in (and back here afterwards). Signed
 * in: what the link invites to and one button to join, or why it cannot be used.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const here = `/invitations/${encodeURIComponent(token)}`;
  const { actor, api } = await currentSession();

  if (!plausibleToken(token)) {
    return (
      <InvitationCard title="This invitation link is not valid">
        <p>
          The link may be incomplete (check it was copied whole) or mistyped. Ask the person who
          invited you for a new one.
        </p>
        <HomeLink />
      </InvitationCard>
    );
  }
  if (actor?.kind !== 'user') return <SignedOut here={here} />;

  const lookup = await lookUp(api, token);
  switch (lookup.kind) {
    case 'unusable':
      return (
        <InvitationCard title="This invitation cannot be used">
          <p>{lookup.message}</p>
          <HomeLink />
        </InvitationCard>
      );
    case 'other-email':
      return (
        <InvitationCard title="This invitation is for someone else">
          <p>
            You are signed in as <strong className="text-ink">{actor.email}</strong>.{' '}
            {lookup.message}
          </p>
          <div className="flex flex-wrap gap-3">
            <SignOutButton label="Sign out and switch account" returnTo={here} />
          </div>
        </InvitationCard>
      );
    case 'ok':
      return <Invitation invitation={lookup.invitation} token={token} actor={actor} here={here} />;
  }
}

function Invitation({
  invitation,
  token,
  actor,
  here,
}: {
  invitation: InvitationPreview;
  token: string;
  actor: UserActor;
  here: string;
}) {
  if (invitation.status === 'accepted') {
    return (
      <InvitationCard title={`You are a member of ${invitation.workspaceName}`}>
        <p>You already accepted this invitation.</p>
        <Link
          href={`/w/${invitation.workspaceId}`}
          className="self-start rounded-md bg-accent px-5 py-2.5 font-medium text-accent-ink hover:opacity-90"
        >
          Open workspace
        </Link>
      </InvitationCard>
    );
  }
  return (
    <InvitationCard title={`Join ${invitation.workspaceName}`}>
      <p>
        You are invited as{' '}
        <strong className="text-ink">
          {invitation.role === 'admin' ? 'an admin' : `a ${invitation.role}`}
        </strong>
        . The invitation is valid until{' '}
        <time dateTime={invitation.expiresAt.toISOString()}>
          {formatDateTime(invitation.expiresAt)}
        </time>
        .
      </p>
      <p className="text-sm">
        Signed in as <strong className="text-ink">{actor.email}</strong>.
      </p>
      <AcceptInvitation token={token} />
      <div className="border-t border-line pt-4 text-sm">
        <p className="mb-3">Not you?</p>
        <SignOutButton label="Sign out and switch account" returnTo={here} />
      </div>
    </InvitationCard>
  );
}

function SignedOut({ here }: { here: string }) {
  const returnTo = `?returnTo=${encodeURIComponent(here)}`;
  return (
    <InvitationCard title="You are invited to a StoreCraft workspace">
      <p>
        Sign in with the email address the invitation was sent to, or create an account with it, and
        you will come back here to join.
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link
          href={`/sign-in${returnTo}`}
          className="rounded-md bg-accent px-4 py-2 text-center font-medium text-accent-ink hover:opacity-90"
        >
          Sign in to accept
        </Link>
        <Link
          href={`/sign-up${returnTo}`}
          className="rounded-md border border-line px-4 py-2 text-center font-medium hover:bg-panel"
        >
          Create an account
        </Link>
      </div>
    </InvitationCard>
  );
}

function InvitationCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mx-auto flex max-w-md flex-col gap-4 rounded-lg border border-line p-6 text-muted">
      <h1 className="text-2xl font-bold text-ink">{title}</h1>
      {children}
    </section>
  );
}

function HomeLink() {
  return (
    <Link href="/" className="self-start font-medium text-accent underline">
      Go to StoreCraft
    </Link>
  );
}
