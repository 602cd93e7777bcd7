'use client';

import type { AppRouter } from '@storecraft/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useCallback, useEffect, useRef, useState } from 'react';
import { trpc } from './trpc.ts';

/** `jobs.status` as the browser receives it (dates as ISO strings). */
export type JobStatusData = inferRouterOutputs<AppRouter>['jobs']['status'];

/**
 * One event of `GET /api/jobs/:id/events` (apps/web/src/routes/job-events.ts): `progress` while
 * the job changes, then `end` once nothing more can change.
 */
export interface JobProgressEvent {
  jobId: string;
  status: JobStatusData['status'];
  catalog?: { rows: number; total: number | null };
  images?: { done: number; failed: number; total: number };
  error: string | null;
  finished: boolean;
}

/** How the page hears about changes: the event stream, polling when the stream fails, or not at all. */
export type Connection = 'connecting' | 'live' | 'polling' | 'finished';

const POLL_MS = 2_000;
/** Stream errors in a row after which polling takes over. */
const MAX_STREAM_ERRORS = 3;

/** A job is settled when it and (for a build) all its pictures are finished. */
export function isSettled(status: JobStatusData): boolean {
  if (status.status === 'failed') return true;
  return status.status === 'done' && (status.build === null || status.build.isComplete);
}

/** Puts a stream event's counts into the last status, so bars move without waiting for a query. */
function merge(status: JobStatusData, event: JobProgressEvent): JobStatusData {
  if (!status.build) return { ...status, status: event.status, lastError: event.error };
  return {
    ...status,
    status: event.status,
    lastError: event.error,
    build: {
      ...status.build,
      status: event.status,
      lastError: event.error,
      rows: event.catalog?.rows ?? status.build.rows,
      images: event.images
        ? {
            ...status.build.images,
            done: event.images.done,
            failed: event.images.failed,
            total: event.images.total,
          }
        : status.build.images,
    },
  };
}

/**
 * Follows a job live: the server-rendered status first, then the SSE stream (the browser resends
 * `Last-Event-ID` when it reconnects, so a dropped connection resumes where it was), with each
 * event confirmed by `jobs.status` (which also carries the exports and the error). Falls back to
 * polling `jobs.status` when the stream cannot be used. `restart()` follows again after a retry.
 */
export function useJobStatus(
  workspaceId: string,
  initial: JobStatusData,
): { status: JobStatusData; connection: Connection; restart: (next: JobStatusData) => void } {
  const [status, setStatus] = useState(initial);
  const [connection, setConnection] = useState<Connection>(
    isSettled(initial) ? 'finished' : 'connecting',
  );
  const [session, setSession] = useState(isSettled(initial) ? 0 : 1);
  const jobId = initial.id;
  const refreshing = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  /** One `jobs.status` at a time; a request made meanwhile runs once more after it. */
  const refresh = useCallback((): Promise<void> => {
    if (refreshing.current) {
      again.current = true;
      return refreshing.current;
    }
    const run = async (): Promise<void> => {
      do {
        again.current = false;
        try {
          setStatus(await trpc.jobs.status.query({ workspaceId, jobId }));
        } catch {
          // The next event or poll tries again.
        }
      } while (again.current);
      refreshing.current = null;
    };
    refreshing.current = run();
    return refreshing.current;
  }, [workspaceId, jobId]);

  useEffect(() => {
    if (session === 0) return;
    let stopped = false;
    let source: EventSource | null = null;
    let poller: ReturnType<typeof setInterval> | null = null;
    let errors = 0;

    const finish = () => {
      stopped = true;
      source?.close();
      if (poller) clearInterval(poller);
      setConnection('finished');
    };

    const poll = () => {
      source?.close();
      setConnection('polling');
      const tick = async () => {
        const latest = await trpc.jobs.status.query({ workspaceId, jobId }).catch(() => null);
        if (stopped || !latest) return;
        setStatus(latest);
        if (isSettled(latest)) finish();
      };
      void tick();
      poller = setInterval(() => void tick(), POLL_MS);
    };

    if (typeof EventSource === 'undefined') {
      poll();
    } else {
      const url = `/api/jobs/${encodeURIComponent(jobId)}/events?workspaceId=${encodeURIComponent(workspaceId)}`;
      source = new EventSource(url);
      const onEvent = (message: MessageEvent<unknown>, final: boolean) => {
        errors = 0;
        setConnection('live');
        try {
          const event = JSON.parse(String(message.data)) as JobProgressEvent;
          setStatus((current) => merge(current, event));
        } catch {
          // A malformed event: the status query below still tells the truth.
        }
        void refresh().then(() => {
          if (final && !stopped) finish();
        });
      };
      source.addEventListener('open', () => setConnection('live'));
      source.addEventListener('progress', (m) => onEvent(m, false));
      source.addEventListener('end', (m) => {
        // The stream is over: stop the browser from reconnecting to it.
        source?.close();
        onEvent(m, true);
      });
      source.addEventListener('error', () => {
        if (stopped) return;
        errors += 1;
        // Closed for good (a 401 or 404) or failing again and again: poll instead.
        if (source?.readyState === EventSource.CLOSED || errors >= MAX_STREAM_ERRORS) poll();
        else setConnection('connecting');
      });
    }
    return () => {
      stopped = true;
      source?.close();
      if (poller) clearInterval(poller);
    };
  }, [session, workspaceId, jobId, refresh]);

  const restart = useCallback((next: JobStatusData) => {
    setStatus(next);
    setConnection(isSettled(next) ? 'finished' : 'connecting');
    setSession((n) => n + 1);
  }, []);

  return { status, connection, restart };
}
