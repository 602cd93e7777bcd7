import type { Browser, BrowserContext, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  apiAs,
  ConsoleErrors,
  eventually,
  launchBrowser,
  newContext,
  screenshotter,
  signUp,
} from './harness.ts';

/**
 * Two people, two workspaces: B opening any of A's pages by URL gets the 404 page, exactly like
 * an id that never existed, and nothing B's browser receives names A's brand.
 */

const origin = inject('origin');
/** The heading of app/not-found.tsx (or any page that says so). */
const notFoundHeading = /does not exist|not found/i;
const shot = screenshotter('tenant-isolation');
// The 404s are the point here; Chromium logs each as a failed resource load.
const errors = new ConsoleErrors((text) => /status of 404/.test(text));
let browser: Browser;
let contextA: BrowserContext;
let contextB: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  contextA = await newContext(browser, errors);
  contextB = await newContext(browser, errors);
});

afterAll(async () => {
  await browser?.close();
});

interface Brand {
  id: string;
  name: string;
}

test("B gets the 404 page for every one of A's URLs, and never A's brand name", async () => {
  const pageA = await contextA.newPage();
  const workspaceA = await signUp(pageA, origin, 'ana@example.com');
  const apiA = apiAs(contextA, origin);
  const brand = await apiA.mutate<Brand>('brands.create', {
    workspaceId: workspaceA,
    niche: 'hand-thrown ceramic mugs',
    seed: '11',
  });
  const build = await apiA.mutate<{ jobId: string }>('catalogs.build', {
    workspaceId: workspaceA,
    brandId: brand.id,
    products: 3,
  });
  const jobId = build.jobId;
  let productId: string | undefined;
  await eventually(
    "A's first product",
    async () => {
      const products = await apiA.query<{ items: { id: string }[] }>('catalogs.products', {
        workspaceId: workspaceA,
        brandId: brand.id,
        limit: 1,
      });
      productId = products.items[0]?.id;
      return productId !== undefined;
    },
    120_000,
  );

  const product = need(productId);

  // A sees their own brand page: the URLs below are real, not typos.
  const own = await pageA.goto(`${origin}/w/${workspaceA}/brands/${brand.id}`);
  expect(own?.status()).toBe(200);
  expect(await pageA.locator('body').innerText()).toContain(brand.name);

  const pageB = await contextB.newPage();
  const workspaceB = await signUp(pageB, origin, 'ben@example.com');
  const bodies: { url: string; text: string }[] = [];
  pageB.on('response', (response) => void collectBody(response, bodies));

  const urls = [
    `/w/${workspaceA}/brands/${brand.id}`,
    `/w/${workspaceA}/builds/${jobId}`,
    `/w/${workspaceA}/brands/${brand.id}/catalog`,
    `/w/${workspaceA}/brands/${brand.id}/downloads`,
    `/preview/${workspaceA}/${brand.id}`,
    `/preview/${workspaceA}/${brand.id}/collections/all`,
    `/preview/${workspaceA}/${brand.id}/products/${product}`,
    // A's ids under B's own workspace: the ids are checked against the workspace, not just the URL.
    `/w/${workspaceB}/brands/${brand.id}`,
    `/w/${workspaceB}/builds/${jobId}`,
    `/w/${workspaceB}/brands/${brand.id}/catalog`,
    `/w/${workspaceB}/brands/${brand.id}/downloads`,
    `/preview/${workspaceB}/${brand.id}`,
    `/preview/${workspaceB}/${brand.id}/products/${product}`,
  ];
  const failures: string[] = [];
  for (const url of urls) {
    const response = await pageB.goto(`${origin}${url}`);
    const status = response?.status();
    // A streamed page may show its 404 once the stream settles, after the load event.
    await pageB
      .getByRole('heading', { name: notFoundHeading })
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    const text = await pageB.locator('body').innerText();
    const before = failures.length;
    if (status !== 404) failures.push(`${url}: status ${status}`);
    if (!notFoundHeading.test(text)) {
      failures.push(`${url}: not the 404 page: ${JSON.stringify(text.slice(0, 300))}`);
    }
    if (text.includes(brand.name)) failures.push(`${url}: shows A's brand name`);
    if (failures.length > before) await shot(pageB, 'unexpected');
  }
  await shot(pageB, 'b-404');
  await pageB.waitForLoadState('networkidle');
  for (const { url, text } of bodies) {
    if (text.includes(brand.name)) failures.push(`${url}: response names A's brand`);
  }
  expect(failures).toEqual([]);
  expect(bodies.length).toBeGreaterThanOrEqual(urls.length);
  expect(errors.messages).toEqual([]);
});

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('A has no product');
  return value;
}

/** Every text response B's browser receives (documents, RSC payloads, scripts). */
async function collectBody(
  response: Response,
  bodies: { url: string; text: string }[],
): Promise<void> {
  const type = response.headers()['content-type'] ?? '';
  if (!/text|json|javascript|x-component/.test(type)) return;
  try {
    bodies.push({ url: response.url(), text: await response.text() });
  } catch {
    // Redirects and aborted requests have no body.
  }
}
