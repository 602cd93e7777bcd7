'use client';

import { trpc } from '../client/trpc.ts';
import { ConfirmButton } from './workspace-confirm-button.tsx';

export function MembersRevokeInvitationButton({
  workspaceId,
  invitationId,
  email,
  expired,
}: {
  workspaceId: string;
  invitationId: string;
  email: string;
  expired: boolean;
}) {
  return (
    <ConfirmButton
      label={`${expired ? 'Clear' : 'Revoke'} the invitation for ${email}`}
      title={
        expired
          ? `Clear the expired invitation for ${email}?`
          : `Revoke the invitation for ${email}?`
      }
      description={
        expired
          ? 'It can no longer be used; this removes it from the list.'
          : 'The link stops working at once. You can invite them again later.'
      }
      confirmLabel={expired ? 'Clear invitation' : 'Revoke invitation'}
      action={() => trpc.workspace.invitations.revoke.mutate({ workspaceId, invitationId })}
    >
      {expired ? 'Clear' : 'Revoke'}
    </ConfirmButton>
  );
}
