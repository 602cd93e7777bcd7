import type { InvitationSummary } from '@storecraft/auth';
import { MembersRevokeInvitationButton } from './members-revoke-invitation-button.tsx';
import { RoleBadge } from './members-role-badge.tsx';
import { formatDateTime } from './workspace-format.ts';

/** Invitations not yet used: pending ones (revocable) and expired ones (to clear away). */
export function MembersInvitations({
  workspaceId,
  invitations,
}: {
  workspaceId: string;
  invitations: readonly InvitationSummary[];
}) {
  const open = invitations.filter((i) => i.status === 'pending' || i.status === 'expired');
  if (open.length === 0) {
    return <p className="text-sm text-muted">No pending invitations.</p>;
  }
  return (
    <ul className="divide-y divide-line rounded-lg border border-line">
      {open.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
          <p className="min-w-0 flex-1 basis-56 truncate font-medium">{invitation.email}</p>
          <RoleBadge role={invitation.role} />
          <p
            className={`w-56 text-sm ${invitation.status === 'expired' ? 'text-danger' : 'text-muted'}`}
          >
            {invitation.status === 'expired' ? 'Expired ' : 'Expires '}
            <time dateTime={invitation.expiresAt.toISOString()}>
              {formatDateTime(invitation.expiresAt)}
            </time>
          </p>
          <div className="sm:w-24 sm:text-right">
            <MembersRevokeInvitationButton
              workspaceId={workspaceId}
              invitationId={invitation.id}
              email={invitation.email}
              expired={invitation.status === 'expired'}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
