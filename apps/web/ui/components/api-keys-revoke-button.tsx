'use client';

import { trpc } from '../client/trpc.ts';
import { ConfirmButton } from './workspace-confirm-button.tsx';

export function ApiKeysRevokeButton({
  workspaceId,
  keyId,
  name,
}: {
  workspaceId: string;
  keyId: string;
  name: string;
}) {
  return (
    <ConfirmButton
      label={`Revoke the API key ${name}`}
      title={`Revoke “${name}”?`}
      description="Scripts and CLI runs using this key are refused from now on. This cannot be undone; create a new key to replace it."
      confirmLabel="Revoke key"
      action={() => trpc.workspace.apiKeys.revoke.mutate({ workspaceId, keyId })}
    >
      Revoke
    </ConfirmButton>
  );
}
