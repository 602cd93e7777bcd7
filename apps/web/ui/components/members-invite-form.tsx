'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { describeError, trpc } from '../client/trpc.ts';
import { CopyField } from './copy-button.tsx';
import { formatDateTime } from './workspace-format.ts';
import { formText } from './workspace-form-text.ts';

type Role = 'member' | 'admin' | 'owner';

const roleHelp: Record<Role, string> = {
  member: 'Member — builds brands and catalogs, downloads exports.',
  admin: 'Admin — also invites and removes people and manages API keys.',
  owner: 'Owner — everything, including removing admins and owners.',
};

interface Created {
  email: string;
  link: string;
  expiresAt: Date;
}

/**
 * Invite by email and role. The answer carries the invitation's token once (only its hash is
 * kept), so the link is shown here once, to copy and send; StoreCraft sends no email itself.
 */
export function MembersInviteForm({
  workspaceId,
  publicUrl,
  canInviteOwners,
}: {
  workspaceId: string;
  publicUrl: string;
  canInviteOwners: boolean;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [emailError, setEmailError] = useState('');
  const [message, setMessage] = useState('');
  const [created, setCreated] = useState<Created | null>(null);
  const roles: Role[] = canInviteOwners ? ['member', 'admin', 'owner'] : ['member', 'admin'];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = formText(form, 'email').trim();
    const role = roles.find((choice) => choice === formText(form, 'role')) ?? 'member';
    setMessage('');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setEmailError('Enter an email address like name@example.com.');
      formElement.querySelector<HTMLInputElement>('[name="email"]')?.focus();
      return;
    }
    setEmailError('');
    setBusy(true);
    try {
      const { invitation, token } = await trpc.workspace.invitations.create.mutate({
        workspaceId,
        email,
        role,
      });
      setCreated({
        email: invitation.email,
        link: new URL(`/invitations/${encodeURIComponent(token)}`, publicUrl).toString(),
        expiresAt: new Date(invitation.expiresAt),
      });
      formElement.reset();
      router.refresh();
    } catch (error) {
      const { message: text, fieldErrors } = describeError(error);
      const onEmail = fieldErrors.find((fieldError) => fieldError.path === 'email');
      if (onEmail) setEmailError(`This email ${onEmail.message}.`);
      else setMessage(text);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start"
      >
        <div>
          <label htmlFor="invite-email" className="block text-sm font-medium">
            Email
          </label>
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            maxLength={254}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? 'invite-email-error' : undefined}
            className={`mt-1 block w-full rounded-md border px-3 py-2 text-base focus:border-accent ${
              emailError ? 'border-danger' : 'border-line'
            }`}
          />
          {emailError ? (
            <p id="invite-email-error" className="mt-1 text-sm text-danger">
              {emailError}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue="member"
            aria-describedby="invite-role-help"
            className="mt-1 block w-full rounded-md border border-line bg-white px-3 py-2 text-base capitalize focus:border-accent"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={busy}
          aria-busy={busy}
          className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90 disabled:cursor-wait disabled:opacity-60 sm:mt-6"
        >
          {busy ? 'Creating link…' : 'Create invitation'}
        </button>
        <ul id="invite-role-help" className="text-xs text-muted sm:col-span-3">
          {roles.map((role) => (
            <li key={role}>{roleHelp[role]}</li>
          ))}
        </ul>
      </form>
      <p role="alert" className="text-sm text-danger empty:hidden">
        {message}
      </p>
      {created ? <InvitationLink created={created} onDismiss={() => setCreated(null)} /> : null}
    </div>
  );
}

function InvitationLink({ created, onDismiss }: { created: Created; onDismiss: () => void }) {
  return (
    <div role="status" className="flex flex-col gap-3 rounded-lg border border-ok bg-panel p-4">
      <p className="text-sm">
        <span className="font-semibold text-ok">Invitation created for {created.email}.</span> Send
        them this link; it works until{' '}
        <time dateTime={created.expiresAt.toISOString()}>{formatDateTime(created.expiresAt)}</time>.
      </p>
      <CopyField value={created.link} label={`Invitation link for ${created.email}`} />
      <p className="text-xs text-muted">
        This is the only time the link is shown. Lost it? Revoke the invitation and create a new
        one.
      </p>
      <button
        type="button"
        onClick={onDismiss}
        className="self-start text-sm font-medium text-accent underline"
      >
        Done
      </button>
    </div>
  );
}
