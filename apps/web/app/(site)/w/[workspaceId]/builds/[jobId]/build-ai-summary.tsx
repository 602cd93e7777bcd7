'use client';

import { useEffect, useState } from 'react';
import { isSettled, type JobStatusData } from '../../../../../../ui/client/job-events.ts';
import { trpc } from '../../../../../../ui/client/trpc.ts';

/** The AI pictures land one job at a time; their tally is re-read this often until the build ends. */
const REFRESH_MS = 3_000;

const usd = (value: number) => `$${value.toFixed(value < 1 ? 4 : 2)}`;
const count = (value: number) => value.toLocaleString('en');
const reasons = (byReason: Record<string, number>) =>
  Object.entries(byReason)
    .map(([reason, n]) => `${reason} ${count(n)}`)
    .join(', ');

/**
 * What the AI provider did for a build, shown only when it was asked: the showcase's copy and
 * pictures (how many by AI, how many fell back and why), tokens and the estimated cost. Re-read
 * while the build runs, since pictures are drawn after the copy.
 */
export function BuildAiSummary({
  workspaceId,
  initial,
}: {
  workspaceId: string;
  initial: JobStatusData;
}) {
  const [status, setStatus] = useState(initial);
  const settled = isSettled(status);
  useEffect(() => {
    if (settled) return;
    const timer = setInterval(() => {
      trpc.jobs.status
        .query({ workspaceId, jobId: status.id })
        .then((next) => setStatus(JSON.parse(JSON.stringify(next)) as JobStatusData))
        // A missed refresh is retried on the next tick; the progress above reports errors.
        .catch(() => undefined);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [settled, workspaceId, status.id]);

  const ai = status.build?.ai;
  if (!ai) return null;
  const rows: [string, string][] = [];
  const chains = [ai.textChain, ai.imageChain].filter((c): c is string => c !== null);
  rows.push(['Provider', chains.length > 0 ? chains.join(' · ') : ai.provider]);
  if (ai.skipped) rows.push(['Not used', ai.skipped]);
  else rows.push(['Showcase', `the first ${count(ai.showcase)} products`]);
  if (ai.copy) {
    rows.push([
      'Copy',
      `${count(ai.copy.ai)} of ${count(ai.copy.requested)} products by AI` +
        (ai.copy.fallbacks > 0
          ? `; ${count(ai.copy.fallbacks)} procedural (${reasons(ai.copy.byReason)})`
          : ''),
    ]);
  } else if (!ai.skipped && ai.textChain) {
    rows.push(['Copy', settled ? 'not written' : 'writing…']);
  }
  if (ai.pictures) {
    const p = ai.pictures;
    rows.push([
      'Pictures',
      `${count(p.ai)} of ${count(p.requested)} by AI` +
        (p.fallbacks > 0 ? `; ${count(p.fallbacks)} drawn (${reasons(p.byReason)})` : '') +
        (p.pending > 0 ? `; ${count(p.pending)} to go` : ''),
    ]);
  }
  const u = ai.usage;
  rows.push([
    'Usage',
    `${count(u.promptTokens)} tokens in, ${count(u.completionTokens)} out, ${count(u.images)} pictures, ${count(u.cachedAnswers)} from cache`,
  ]);
  rows.push([
    'Estimated cost',
    `${usd(u.estimatedCostUsd)} at list prices` +
      (ai.maxCostUsd === null
        ? ''
        : ` of the ${usd(ai.maxCostUsd)} budget${u.budgetReached ? ' (reached: the rest is procedural)' : ''}`) +
      (u.unpricedModels.length > 0 ? `; not priced: ${u.unpricedModels.join(', ')}` : ''),
  ]);
  const examples = [
    ...(ai.copy?.examples.map((e) => ({ what: e.title, reason: e.reason, detail: e.detail })) ??
      []),
    ...(ai.pictures?.examples.map((e) => ({
      what: `picture ${e.picture}`,
      reason: e.reason,
      detail: e.detail,
    })) ?? []),
  ].slice(0, 3);
  return (
    <section aria-labelledby="build-ai" className="rounded-lg border border-line p-4 sm:p-6">
      <h2 id="build-ai" className="mb-3 font-semibold">
        AI
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {ai.notes.length > 0 || examples.length > 0 ? (
        <ul className="mt-3 flex flex-col gap-1 text-xs text-muted">
          {ai.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
          {examples.map((e) => (
            <li key={`${e.what}:${e.detail ?? ''}`}>
              {e.what}: {e.reason ?? 'fell back'}
              {e.detail ? ` (${e.detail})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
