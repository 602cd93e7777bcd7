import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentSession, publicUrl } from '../../../ui/server/session.ts';
import { returnToQuery, safeReturnTo } from './return-to.ts';
import { AccountForm } from './sign-in-form.tsx';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string }>;
}) {
  const { returnTo } = await searchParams;
  const { actor } = await currentSession();
  // Already signed in: nothing to do here, carry on to where the link was going.
  if (actor?.kind === 'user') redirect(safeReturnTo(returnTo));
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <AccountForm mode="sign-in" publicUrl={publicUrl()} {...(returnTo ? { returnTo } : {})} />
      <p className="mt-6 text-sm text-muted">
        New here?{' '}
        <Link
          href={`/sign-up${returnToQuery(returnTo)}`}
          className="font-medium text-accent underline"
        >
          Create an account
        </Link>
      </p>
    </section>
  );
}
