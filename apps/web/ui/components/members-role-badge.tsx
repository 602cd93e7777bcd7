import type { MemberSummary } from '@storecraft/auth';

const styles: Record<MemberSummary['role'], string> = {
  owner: 'border-accent text-accent',
  admin: 'border-ink text-ink',
  member: 'border-line text-muted',
};

export function RoleBadge({ role }: { role: MemberSummary['role'] }) {
  return (
    <span
      className={`inline-block w-20 rounded-full border px-2 py-0.5 text-center text-xs font-medium capitalize ${styles[role]}`}
    >
      {role}
    </span>
  );
}
