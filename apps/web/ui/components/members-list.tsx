import type { MemberSummary } from '@storecraft/auth';
import { MembersRemoveButton } from './members-remove-button.tsx';
import { RoleBadge } from './members-role-badge.tsx';
import { formatDate } from './workspace-format.ts';

type Role = MemberSummary['role'];

/**
 * Who may remove whom: managers remove others (only owners remove owners); anyone may leave,
 * except the last owner (a workspace keeps an owner; the API refuses it too).
 */
function removal(viewer: { userId: string; role: Role }, member: MemberSummary, owners: number) {
  if (member.userId === viewer.userId) {
    return member.role === 'owner' && owners <= 1 ? null : ('leave' as const);
  }
  const manager = viewer.role === 'owner' || viewer.role === 'admin';
  if (!manager || (member.role === 'owner' && viewer.role !== 'owner')) return null;
  return 'remove' as const;
}

/** The workspace's members, one row each; actions only where the viewer's role allows them. */
export function MembersList({
  workspaceId,
  workspaceName,
  members,
  viewer,
}: {
  workspaceId: string;
  workspaceName: string;
  members: readonly MemberSummary[];
  viewer: { userId: string; role: Role };
}) {
  const owners = members.filter((member) => member.role === 'owner').length;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line">
      {members.map((member) => {
        const action = removal(viewer, member, owners);
        const isViewer = member.userId === viewer.userId;
        return (
          <li key={member.userId} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
            <div className="min-w-0 flex-1 basis-56">
              <p className="truncate font-medium">
                {member.name || member.email}
                {isViewer ? (
                  <span className="ml-2 text-sm font-normal text-muted">(you)</span>
                ) : null}
              </p>
              <p className="truncate text-sm text-muted">{member.email}</p>
            </div>
            <RoleBadge role={member.role} />
            <p className="w-36 text-sm text-muted">
              Joined{' '}
              <time dateTime={member.joinedAt.toISOString()}>{formatDate(member.joinedAt)}</time>
            </p>
            <div className="sm:w-24 sm:text-right">
              {action ? (
                <MembersRemoveButton
                  workspaceId={workspaceId}
                  workspaceName={workspaceName}
                  userId={member.userId}
                  email={member.email}
                  leaving={action === 'leave'}
                />
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
