import diagnosticsChannel from 'node:diagnostics_channel';

/**
 * The phases of a `generate` run as they end (`{ phase }`), published on a
 * `node:diagnostics_channel` so the end-to-end image benchmark can print a timeline of where a run
 * spends the time around rendering. Costs nothing when nobody subscribes.
 */
export const runPhaseChannel = diagnosticsChannel.channel('storecraft:cli:phase');

export type RunPhase =
  | 'platform opened'
  | 'catalog persisted'
  | 'images rendered'
  | 'images copied'
  | 'thumbnails zipped'
  | 'platform closed'
  | 'catalog written'
  | 'exports written'
  | 'output committed';

export function endPhase(phase: RunPhase): void {
  if (runPhaseChannel.hasSubscribers) runPhaseChannel.publish({ phase });
}
