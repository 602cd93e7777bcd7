import type { Page } from 'playwright-core';

export interface FirstLoad {
  /** Bytes over the wire (CDP `encodedDataLength`) for everything but images. */
  nonImageBytes: number;
  imageBytes: number;
  requests: number;
  /** Largest Contentful Paint, ms after navigation start; undefined when none was reported. */
  lcpMs: number | undefined;
  /** What the LCP was: the element's tag and, for an image, its URL. */
  lcpElement: string | undefined;
  /** Time to the document's first byte, ms (server time is part of the LCP). */
  ttfbMs: number | undefined;
}

/**
 * Loads `url` in `page` (a fresh context: a cold cache) and measures what a first visit costs:
 * the bytes transferred, split into images and the rest (the budget is on the rest: HTML, RSC
 * payload, scripts, styles, fonts), and the LCP the browser reports.
 */
export async function measureFirstLoad(page: Page, url: string): Promise<FirstLoad> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const isImage = new Map<string, boolean>();
  let nonImageBytes = 0;
  let imageBytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', (event) => {
    isImage.set(event.requestId, event.type === 'Image');
  });
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Image' || event.response.mimeType.startsWith('image/')) {
      isImage.set(event.requestId, true);
    }
  });
  cdp.on('Network.loadingFinished', (event) => {
    requests += 1;
    if (isImage.get(event.requestId)) imageBytes += event.encodedDataLength;
    else nonImageBytes += event.encodedDataLength;
  });

  await page.goto(url, { waitUntil: 'networkidle' });
  const { lcpMs, lcpElement, ttfbMs } = await page.evaluate(
    () =>
      new Promise<{ lcpMs?: number; lcpElement?: string; ttfbMs?: number }>((resolve) => {
        const navigation = performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        const ttfbMs = navigation?.responseStart;
        // Buffered: the entries recorded during the load, delivered in one callback.
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as LargestContentfulPaint | undefined;
          resolve({
            lcpMs: last?.startTime,
            lcpElement: last
              ? `${last.element?.tagName.toLowerCase() ?? '?'} ${last.url}`
              : undefined,
            ttfbMs,
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ ttfbMs }), 3_000);
      }),
  );
  await cdp.detach();
  return { nonImageBytes, imageBytes, requests, lcpMs, lcpElement, ttfbMs };
}
