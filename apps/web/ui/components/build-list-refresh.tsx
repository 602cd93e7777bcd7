'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const REFRESH_MS = 3_000;

/** While builds run, the list re-renders on the server every few seconds to show their counts. */
export function BuildsAutoRefresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p className="text-sm text-muted" role="status">
      Builds are running; this list updates every few seconds.
    </p>
  );
}
