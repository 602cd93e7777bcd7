import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentSession } from '../../ui/server/session.ts';

/** Signed in: straight to the first workspace. Otherwise: what StoreCraft does, and a way in. */
export default async function HomePage() {
  const { actor, api } = await currentSession();
  if (actor?.kind === 'user') {
    const [first] = await api.workspace.list();
    if (first) redirect(`/w/${first.id}`);
    // Left or was removed from every workspace: only an invitation brings them back in.
    return (
      <section className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-3xl font-bold tracking-tight">You are not in any workspace</h1>
        <p className="mt-4 text-muted">
          Signed in as {actor.email}. Ask a workspace owner or admin for an invitation link and open
          it to join.
        </p>
      </section>
    );
  }
  return (
    <section className="mx-auto max-w-2xl py-12 text-center">
      <h1 className="text-4xl font-bold tracking-tight">A believable store in seconds</h1>
      <p className="mt-4 text-lg text-muted">
        Say what the store sells. StoreCraft forges the brand, builds the catalog — categories,
        products, variants, prices, barcodes and pictures — and exports it for Shopify, WooCommerce,
        Magento 2 or BigCommerce.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <Link
          href="/sign-up"
          className="rounded-md bg-accent px-5 py-2.5 font-medium text-accent-ink hover:opacity-90"
        >
          Create account
        </Link>
        <Link href="/sign-in" className="rounded-md border border-line px-5 py-2.5 font-medium">
          Sign in
        </Link>
      </div>
    </section>
  );
}
