import { loadConfig } from '@storecraft/config';
import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.ts';
import { createCaller } from '../src/root.ts';
import { createApiHarness, type ApiHarness } from '../src/testing/index.ts';

/**
 * `catalogs.limits`: what the build forms read before they render, including whether the server
 * builds with an AI provider (the form then offers "AI showcase: first N products").
 */
describe.each(testDrivers)('catalogs.limits on %s', (driver) => {
  let h: ApiHarness;
  let owner: { userId: string; workspaceId: string };

  beforeAll(async () => {
    h = await createApiHarness(driver, { accounts: 'memory' });
    owner = await h.auth.signUp('limits@example.com', 'Limits');
  }, 300_000);
  afterAll(async () => {
    await h?.close();
  });

  /** The owner's caller on a server started with these environment variables. */
  async function limitsWith(env: Record<string, string>) {
    const deps = { ...h.deps, config: loadConfig(env) };
    const api = createCaller(await createContext(deps, h.auth.as(owner.userId)));
    return api.catalogs.limits({ workspaceId: owner.workspaceId });
  }

  it('names no AI provider by default (procedural builds)', async () => {
    const api = await h.caller(h.auth.as(owner.userId));
    expect(await api.catalogs.limits({ workspaceId: owner.workspaceId })).toEqual({
      minProducts: 1,
      maxProducts: 50_000,
      defaultProducts: 24,
      ai: null,
    });
    expect((await limitsWith({ AI_PROVIDER: 'procedural' })).ai).toBeNull();
  });

  it('names the configured provider and nothing of its settings', async () => {
    const openai = await limitsWith({
      AI_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-secret-openai',
      OPENAI_BASE_URL: 'http://127.0.0.1:9/private/v1',
    });
    expect(openai.ai).toEqual({ provider: 'openai' });
    const replicate = await limitsWith({
      AI_PROVIDER: 'replicate',
      REPLICATE_API_TOKEN: 'r8_secret-replicate',
      REPLICATE_IMAGE_MODEL: 'private/model:0123456789abcdef',
    });
    expect(replicate.ai).toEqual({ provider: 'replicate' });
    for (const answer of [openai, replicate]) {
      expect(JSON.stringify(answer)).not.toMatch(/secret|private|127\.0\.0\.1/);
    }
  });

  it('is for members of the workspace only (others learn nothing of it)', async () => {
    const stranger = await h.auth.signUp('stranger@example.com', 'Stranger');
    const api = await h.caller(h.auth.as(stranger.userId));
    await expect(api.catalogs.limits({ workspaceId: owner.workspaceId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
