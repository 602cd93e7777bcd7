import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, waitForBuild, type ApiHarness } from '../src/testing/index.ts';

/** The web app's brand wizard and live build page, through the procedures they call. */
describe.each(testDrivers)('brand wizard and builds on %s', (driver) => {
  let h: ApiHarness;
  let owner: { userId: string; workspaceId: string };
  let api: Awaited<ReturnType<ApiHarness['caller']>>;

  beforeAll(async () => {
    h = await createApiHarness(driver, { accounts: 'memory' });
    h.startWorker();
    owner = await h.auth.signUp('wizard@example.com', 'Wizard');
    api = await h.caller(h.auth.as(owner.userId));
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  it('suggests niches while typing and says what the matcher made of the text', async () => {
    const { workspaceId } = owner;
    const partial = await api.brands.suggestNiches({ workspaceId, text: 'specialty cof' });
    expect(partial.suggestions).toContain('specialty coffee');

    const matched = await api.brands.suggestNiches({ workspaceId, text: 'specialty coffee' });
    expect(matched.match?.ranges).toContain('Coffee & Tea');
    expect(matched.note).toMatch(/Coffee & Tea/);
    expect(matched.match?.productTypes.length).toBeGreaterThan(0);

    const nothing = await api.brands.suggestNiches({ workspaceId, text: 'xqzt' });
    expect(nothing.match).toBeNull();
    expect(nothing.note).toMatch(/could not find/i);

    expect(await api.brands.suggestNiches({ workspaceId, text: '   ' })).toEqual({
      suggestions: [],
      match: null,
      note: '',
    });
  });

  it('regenerates each part deterministically and moves on each time', async () => {
    const { workspaceId } = owner;
    const brand = await api.brands.create({ workspaceId, niche: 'candles', seed: 'regen-1' });
    const twin = await api.brands.create({ workspaceId, niche: 'candles', seed: 'regen-1b' });

    const first = await api.brands.regenerate({ workspaceId, brandId: brand.id, part: 'name' });
    expect(first.name).not.toBe(brand.name);
    // The logo and the copy that named the brand follow the new name.
    expect(first.logoSvg).toContain(`>${first.name.replaceAll('&', '&amp;')}</text>`);
    if (brand.mission.includes(brand.name)) expect(first.mission).toContain(first.name);
    const second = await api.brands.regenerate({ workspaceId, brandId: brand.id, part: 'name' });
    expect(second.name).not.toBe(first.name);

    // Deterministic: the same brand state gives the same next alternative.
    await api.brands.update({ workspaceId, brandId: brand.id, name: brand.name });
    const again = await api.brands.regenerate({ workspaceId, brandId: brand.id, part: 'name' });
    expect(again.name).toBe(first.name);

    for (const part of ['tagline', 'mission', 'values', 'palette', 'typography', 'logo'] as const) {
      const before = await api.brands.get({ workspaceId, brandId: brand.id });
      const after = await api.brands.regenerate({ workspaceId, brandId: brand.id, part });
      const field = part === 'logo' ? 'logoSvg' : part;
      expect(after[field], part).not.toEqual(before[field]);
    }
    // Another brand is untouched.
    expect(await api.brands.get({ workspaceId, brandId: twin.id })).toEqual(twin);
  });

  it('edits copy, values and typography, and keeps palettes readable', async () => {
    const { workspaceId } = owner;
    const brand = await api.brands.create({ workspaceId, niche: 'board games', seed: 'edit-1' });
    const edited = await api.brands.update({
      workspaceId,
      brandId: brand.id,
      name: 'Meeple Works',
      tagline: '  Games for long evenings  ',
      values: ['Fair play', 'Sturdy boxes', 'Clear rules'],
      typography: { heading: 'Fraunces', body: 'Inter' },
    });
    expect(edited).toMatchObject({
      name: 'Meeple Works',
      tagline: 'Games for long evenings',
      values: ['Fair play', 'Sturdy boxes', 'Clear rules'],
      typography: { heading: 'Fraunces', body: 'Inter' },
    });
    expect(edited.logoSvg).toContain('Meeple Works');
    expect(edited.logoSvg).toContain('Fraunces');

    await expect(
      api.brands.update({
        workspaceId,
        brandId: brand.id,
        palette: { ...brand.palette, text: brand.palette.background },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      api.brands.update({ workspaceId, brandId: brand.id, values: ['Only one'] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('builds without pictures when images is false, and writes the formats asked for', async () => {
    const { workspaceId } = owner;
    const brand = await api.brands.create({ workspaceId, niche: 'tea', seed: 'build-1' });
    const { jobId } = await api.catalogs.build({
      workspaceId,
      brandId: brand.id,
      products: 6,
      images: false,
      formats: ['shopify', 'woocommerce'],
    });
    const status = await waitForBuild(api, workspaceId, jobId);
    expect(status.status).toBe('done');
    expect(status.build).toMatchObject({
      size: 6,
      rows: 6,
      withImages: false,
      formats: ['shopify', 'woocommerce'],
      images: { total: 0 },
      isComplete: true,
    });
    expect(status.build?.exports.map((e) => [e.format, e.status, e.rowCount])).toEqual([
      ['shopify', 'done', expect.any(Number)],
      ['woocommerce', 'done', expect.any(Number)],
    ]);
    const exports = await api.exports.list({ workspaceId, brandId: brand.id });
    expect(exports.map((e) => e.format).sort()).toEqual(['shopify', 'woocommerce']);
  });

  it('lists builds with running ones first, and a brand its own builds', async () => {
    const { workspaceId } = owner;
    const done = await api.brands.create({ workspaceId, niche: 'yoga', seed: 'list-1' });
    const first = await api.catalogs.build({ workspaceId, brandId: done.id, products: 2 });
    await waitForBuild(api, workspaceId, first.jobId);
    const busy = await api.brands.create({ workspaceId, niche: 'coffee', seed: 'list-2' });
    const running = await api.catalogs.build({ workspaceId, brandId: busy.id, products: 40 });

    const builds = await api.jobs.list({ workspaceId });
    const running0 = builds[0];
    expect(running0?.jobId).toBe(running.jobId);
    expect(running0?.brandName).toBe(busy.name);
    expect(builds.map((b) => b.jobId)).toContain(first.jobId);
    expect(
      (await api.catalogs.builds({ workspaceId, brandId: done.id })).map((b) => b.jobId),
    ).toEqual([first.jobId]);
    await waitForBuild(api, workspaceId, running.jobId);
  }, 60_000);

  it("shows a build's progress while it runs, not only once it is done", async () => {
    const { workspaceId } = owner;
    const brand = await api.brands.create({ workspaceId, niche: 'coffee', seed: 'live-1' });
    const { jobId } = await api.catalogs.build({
      workspaceId,
      brandId: brand.id,
      products: 1_200,
      images: false,
    });
    // What the live build page polls: on the embedded database the build once held the
    // process's event loop from start to end, so the page saw 0 % and then a finished build.
    const seen = new Set<number>();
    for (;;) {
      const status = await api.jobs.status({ workspaceId, jobId });
      if (status.status === 'running') seen.add(status.progress);
      if (status.status === 'failed' || status.build?.isComplete) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const midway = [...seen].filter((progress) => progress > 0 && progress < 1);
    expect(midway.length).toBeGreaterThanOrEqual(3);
    expect(midway).toEqual([...midway].sort((a, b) => a - b));
  }, 120_000);

  it('retries a build cancelled while it ran, at once, and finishes it', async () => {
    const { workspaceId } = owner;
    const brand = await api.brands.create({ workspaceId, niche: 'coffee', seed: 'retry-1' });
    const { jobId } = await api.catalogs.build({
      workspaceId,
      brandId: brand.id,
      products: 1_200,
      images: false,
    });
    while ((await api.jobs.status({ workspaceId, jobId })).status === 'pending') {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const cancelled = await api.jobs.cancel({ workspaceId, jobId });
    expect(cancelled).toMatchObject({ status: 'failed', lastError: 'Cancelled' });
    // The cancelled attempt may still be writing its batch: the retry must still go out.
    await api.jobs.retry({ workspaceId, jobId });
    const status = await waitForBuild(api, workspaceId, jobId);
    expect(status.status).toBe('done');
    expect(status.build?.rows).toBe(1_200);
  }, 120_000);
});
