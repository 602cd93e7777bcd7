import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MembersInvitations } from '../../../../../ui/components/members-invitations.tsx';
import { MembersInviteForm } from '../../../../../ui/components/members-invite-form.tsx';
import { MembersList } from '../../../../../ui/components/members-list.tsx';
import { orNotFound, publicUrl, requireUser } from '../../../../../ui/server/session.ts';

export const metadata: Metadata = { title: 'Members' };

/**
 * Who is in the workspace. Owners and admins also invite people and see pending invitations;
 * members see the list only (the API refuses them the rest), with a word on why.
 */
export default async function MembersPage({
  params,
}: {
  params: Promise<{ workspaceId: string }>;
}) {
  const { workspaceId } = await params;
  const { actor, api } = await requireUser(`/w/${workspaceId}/members`);
  const [workspaces, members] = await Promise.all([
    api.workspace.list(),
    orNotFound(api.workspace.members.list({ workspaceId })),
  ]);
  const workspace = workspaces.find((w) => w.id === workspaceId);
  if (!workspace) notFound();
  const canManage = workspace.role === 'owner' || workspace.role === 'admin';
  const invitations = canManage ? await api.workspace.invitations.list({ workspaceId }) : [];

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="members-heading" className="flex flex-col gap-4">
        <div>
          <h1 id="members-heading" className="text-2xl font-bold">
            Members
          </h1>
          <p className="mt-1 text-sm text-muted">
            {members.length === 1 ? 'One person has' : `${members.length} people have`} access to{' '}
            {workspace.name}.
          </p>
        </div>
        <MembersList
          workspaceId={workspaceId}
          workspaceName={workspace.name}
          members={members}
          viewer={{ userId: actor.userId, role: workspace.role }}
        />
        {canManage ? null : (
          <p className="rounded-lg border border-line bg-panel p-4 text-sm text-muted">
            You are a <strong className="text-ink">{workspace.role}</strong> here, so this list is
            read-only: only owners and admins can invite people, see invitations and remove members.
            Ask an owner if you need that.
          </p>
        )}
      </section>

      {canManage ? (
        <>
          <section aria-labelledby="invite-heading" className="flex flex-col gap-4">
            <div>
              <h2 id="invite-heading" className="text-xl font-semibold">
                Invite someone
              </h2>
              <p className="mt-1 text-sm text-muted">
                You get a link to send them. They sign in (or create an account) with this email and
                join.
              </p>
            </div>
            <MembersInviteForm
              workspaceId={workspaceId}
              publicUrl={publicUrl()}
              canInviteOwners={workspace.role === 'owner'}
            />
          </section>
          <section aria-labelledby="invitations-heading" className="flex flex-col gap-4">
            <h2 id="invitations-heading" className="text-xl font-semibold">
              Pending invitations
            </h2>
            <MembersInvitations workspaceId={workspaceId} invitations={invitations} />
          </section>
        </>
      ) : null}
    </div>
  );
}
