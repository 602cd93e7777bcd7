import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApiKeysCreateForm } from '../../../../../ui/components/api-keys-create-form.tsx';
import { ApiKeysList } from '../../../../../ui/components/api-keys-list.tsx';
import { publicUrl, requireUser } from '../../../../../ui/server/session.ts';

export const metadata: Metadata = { title: 'API keys' };

/** Keys for scripts and the CLI: owners and admins list, create and revoke them. */
export default async function ApiKeysPage({
  params,
}: {
  params: Promise<{ workspaceId: string }>;
}) {
  const { workspaceId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}/api-keys`);
  const workspace = (await api.workspace.list()).find((w) => w.id === workspaceId);
  if (!workspace) notFound();
  const canManage = workspace.role === 'owner' || workspace.role === 'admin';

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="api-keys-heading" className="flex flex-col gap-4">
        <div>
          <h1 id="api-keys-heading" className="text-2xl font-bold">
            API keys
          </h1>
          <p className="mt-1 max-w-2xl text-sm text-muted">
            A key lets a script or the StoreCraft CLI work in {workspace.name} without a password.
            Treat it like one: anyone holding it can act in this workspace.
          </p>
        </div>
        {canManage ? (
          <ApiKeysList
            workspaceId={workspaceId}
            keys={await api.workspace.apiKeys.list({ workspaceId })}
          />
        ) : (
          <p className="rounded-lg border border-line bg-panel p-4 text-sm text-muted">
            You are a <strong className="text-ink">{workspace.role}</strong> here: only owners and
            admins can see, create and revoke API keys. Ask an owner for a key if you need one.
          </p>
        )}
      </section>
      {canManage ? (
        <section aria-labelledby="new-key-heading" className="flex flex-col gap-4">
          <h2 id="new-key-heading" className="text-xl font-semibold">
            Create an API key
          </h2>
          <ApiKeysCreateForm workspaceId={workspaceId} publicUrl={publicUrl()} />
        </section>
      ) : null}
    </div>
  );
}
