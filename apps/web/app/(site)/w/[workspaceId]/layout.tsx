import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { WorkspaceNav } from '../../../../ui/components/workspace-nav.tsx';
import { WorkspaceSwitcher } from '../../../../ui/components/workspace-switcher.tsx';
import { requireUser } from '../../../../ui/server/session.ts';

/** Every workspace page: members only (others get the 404 page), with the workspace's menu. */
export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspaceId: string }>;
}) {
  const { workspaceId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}`);
  const workspaces = await api.workspace.list();
  const current = workspaces.find((w) => w.id === workspaceId);
  if (!current) notFound();
  const choices = workspaces.map(({ id, name, role }) => ({ id, name, role }));
  return (
    <div className="flex flex-col gap-6">
      <nav
        aria-label="Workspace"
        className="flex flex-col gap-3 border-b border-line pb-3 sm:flex-row sm:items-center sm:gap-4"
      >
        <WorkspaceSwitcher
          current={{ id: current.id, name: current.name, role: current.role }}
          workspaces={choices}
        />
        <WorkspaceNav workspaceId={workspaceId} />
      </nav>
      {children}
    </div>
  );
}
