/** Where a build stands, in the words people read on the build pages. */
export type BuildPhase = 'queued' | 'building' | 'images' | 'done' | 'failed' | 'cancelled';

export function buildPhaseOf(build: {
  status: 'pending' | 'running' | 'done' | 'failed';
  isComplete: boolean;
  lastError: string | null;
}): BuildPhase {
  switch (build.status) {
    case 'pending':
      return 'queued';
    case 'running':
      return 'building';
    case 'failed':
      return build.lastError === 'Cancelled' ? 'cancelled' : 'failed';
    case 'done':
      return build.isComplete ? 'done' : 'images';
  }
}

const phaseLabels: Record<BuildPhase, string> = {
  queued: 'Queued',
  building: 'Building',
  images: 'Rendering images',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

const phaseStyles: Record<BuildPhase, string> = {
  queued: 'border-line text-muted',
  building: 'border-accent text-accent',
  images: 'border-accent text-accent',
  done: 'border-ok text-ok',
  failed: 'border-danger text-danger',
  cancelled: 'border-line text-muted',
};

export function isRunningPhase(phase: BuildPhase): boolean {
  return phase === 'queued' || phase === 'building' || phase === 'images';
}

/** A small label with the phase's colour. */
export function BuildStatusBadge({ phase }: { phase: BuildPhase }) {
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${phaseStyles[phase]}`}
    >
      {phaseLabels[phase]}
    </span>
  );
}
