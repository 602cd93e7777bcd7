import { randomInt } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { WizardForm } from '../../../../../ui/components/wizard-form.tsx';
import { requireUser } from '../../../../../ui/server/session.ts';

export const metadata: Metadata = { title: 'New brand' };

/** Wizard step 1: what the store sells, the seed, and what the first build should make. */
export default async function NewBrandPage({
  params,
}: {
  params: Promise<{ workspaceId: string }>;
}) {
  const { workspaceId } = await params;
  const { api } = await requireUser(`/w/${workspaceId}/new`);
  const limits = await api.catalogs.limits({ workspaceId });
  return (
    <section className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/w/${workspaceId}`} className="hover:text-ink">
          Brands
        </Link>{' '}
        / New brand
      </nav>
      <div>
        <p className="text-sm font-medium text-accent">Step 1 of 2</p>
        <h1 className="text-2xl font-bold">Forge a brand</h1>
        <p className="mt-1 text-muted">
          Say what the store sells. StoreCraft forges a brand for it — name, voice, palette and logo
          — which you can review and change before building its catalog.
        </p>
      </div>
      <div className="rounded-lg border border-line p-4 sm:p-6">
        <WizardForm
          workspaceId={workspaceId}
          maxProducts={limits.maxProducts}
          defaultProducts={limits.defaultProducts}
          // Made here, not in the browser, so the server's render and the page agree.
          initialSeed={String(randomInt(1, 1_000_000_000))}
        />
      </div>
    </section>
  );
}
