import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentSession, publicUrl } from '../../../ui/server/session.ts';
import { returnToQuery, safeReturnTo } from '../sign-in/return-to.ts';
import { AccountForm } from '../sign-in/sign-in-form.tsx';

export const metadata = { title: 'Create account' };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string }>;
}) {
  const { returnTo } = await searchParams;
  const { actor } = await currentSession();
  if (actor?.kind === 'user') redirect(safeReturnTo(returnTo));
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Create your account</h1>
      <p className="mb-6 text-sm text-muted">A personal workspace comes with it.</p>
      <AccountForm mode="sign-up" publicUrl={publicUrl()} {...(returnTo ? { returnTo } : {})} />
      <p className="mt-6 text-sm text-muted">
        Already have an account?{' '}
        <Link
          href={`/sign-in${returnToQuery(returnTo)}`}
          className="font-medium text-accent underline"
        >
          Sign in
        </Link>
      </p>
    </section>
  );
}
