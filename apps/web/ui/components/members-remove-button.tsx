'use client';

import { trpc } from '../client/trpc.ts';
import { ConfirmButton } from './workspace-confirm-button.tsx';

/** Remove a member, or (for oneself) leave the workspace; both after a confirmation. */
export function MembersRemoveButton({
  workspaceId,
  workspaceName,
  userId,
  email,
  leaving,
}: {
  workspaceId: string;
  workspaceName: string;
  userId: string;
  email: string;
  leaving: boolean;
}) {
  const remove = () => trpc.workspace.members.remove.mutate({ workspaceId, userId });
  if (leaving) {
    return (
      <ConfirmButton
        label={`Leave ${workspaceName}`}
        title={`Leave ${workspaceName}?`}
        description="You lose access to its brands, catalogs and downloads. To come back, someone must invite you again."
        confirmLabel="Leave workspace"
        action={remove}
        // Nothing here is ours to see any more: back to the home page (another workspace).
        onDone={() => window.location.assign('/')}
      >
        Leave
      </ConfirmButton>
    );
  }
  return (
    <ConfirmButton
      label={`Remove ${email}`}
      title={`Remove ${email}?`}
      description={`${email} loses access to ${workspaceName} at once. You can invite them again later.`}
      confirmLabel="Remove member"
      action={remove}
    >
      Remove
    </ConfirmButton>
  );
}
