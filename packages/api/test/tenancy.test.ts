import { testDrivers } from '@storecraft/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from '../src/index.ts';
import { createApiHarness, waitForBuild, type ApiHarness } from '../src/testing/index.ts';

/**
 * Tenancy probe and fuzzing, both generated from the router definition: every procedure in
 * `appRouter._def.procedures` is called, so a procedure added later is probed without touching
 * this file (and an id input it cannot fill fails the suite until it is taught).
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  anyOf?: JsonSchema[];
};

interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation';
  schema: JsonSchema;
}

function procedures(): ProcedureInfo[] {
  const record = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: z.ZodType[] } }
  >;
  return Object.entries(record).map(([path, procedure]) => {
    const { type, inputs } = procedure._def;
    if (type === 'subscription') throw new Error(`${path}: subscriptions are not probed yet`);
    // Chained `.input()` calls merge their objects: so do their JSON schemas.
    const schema: JsonSchema = { type: 'object', properties: {}, required: [] };
    for (const input of inputs) {
      const part = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      Object.assign(schema.properties ?? {}, part.properties);
      schema.required?.push(...(part.required ?? []));
    }
    return { path, type, schema };
  });
}

/** The kinds of ids the API takes, by input name; the probe fills each with the other tenant's. */
const idInputs = [
  'brandId',
  'productId',
  'categoryId',
  'exportId',
  'jobId',
  'userId',
  'invitationId',
  'keyId',
] as const;
type IdInput = (typeof idInputs)[number];
type TenantIds = Record<IdInput | 'workspaceId', string>;

/** A valid value for a non-id field, from its JSON schema. */
function sample(name: string, schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf?.[0]) return sample(name, schema.anyOf[0]);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'email') return 'probe@example.com';
      if (schema.format === 'uri') return 'https://cdn.example.com/shop';
      if (name === 'niche') return 'tea';
      if (name === 'token') return 'not-a-real-invitation-token';
      return 'probe';
    case 'number':
    case 'integer':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, sample(key, schema.properties?.[key] ?? {})]),
      );
    default:
      return 'probe';
  }
}

/** Required fields with valid values, and every id field with `ids`'s. */
function inputFor(info: ProcedureInfo, ids: TenantIds): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(info.schema.properties ?? {})) {
    if (name === 'workspaceId' || (idInputs as readonly string[]).includes(name)) {
      input[name] = ids[name as IdInput | 'workspaceId'];
    } else if (name.endsWith('Id') || name === 'id') {
      throw new Error(`${info.path}: the probe does not know how to fill the id input ${name}`);
    } else if (info.schema.required?.includes(name)) {
      input[name] = sample(name, schema);
    }
  }
  return input;
}

describe.each(testDrivers)('tenancy and malformed input on %s', (driver) => {
  let h: ApiHarness;
  let a: TenantIds & { ownerId: string; key: string };
  let b: TenantIds & { ownerId: string };
  /** Strings only B's data holds: none may appear in anything A is answered. */
  let bSecrets: string[];

  /** A tenant with one of everything: brand, catalog, export, jobs, a member, an invitation, a key. */
  async function seedTenant(email: string, niche: string) {
    const owner = await h.auth.signUp(email);
    const api = await h.caller(h.auth.as(owner.userId));
    const workspaceId = owner.workspaceId;
    const brand = await api.brands.create({ workspaceId, niche, seed: email });
    const { jobId } = await api.catalogs.build({ workspaceId, brandId: brand.id, products: 3 });
    expect((await waitForBuild(api, workspaceId, jobId)).status).toBe('done');
    const products = await api.catalogs.products({ workspaceId, brandId: brand.id });
    const catalog = await api.catalogs.get({ workspaceId, brandId: brand.id });
    const exported = await api.exports.create({
      workspaceId,
      brandId: brand.id,
      format: 'shopify',
    });
    const invitation = await api.workspace.invitations.create({
      workspaceId,
      email: `invitee-${email}`,
    });
    const joiner = await h.auth.signUp(`member-${email}`);
    const joined = await api.workspace.invitations.create({
      workspaceId,
      email: `member-${email}`,
    });
    await (
      await h.caller(h.auth.as(joiner.userId))
    ).workspace.invitations.accept({ token: joined.token });
    const apiKey = await api.workspace.apiKeys.create({
      workspaceId,
      name: 'target',
      scope: 'read',
    });
    // The key the probe acts with is not the one it targets.
    const actingKey = await api.workspace.apiKeys.create({
      workspaceId,
      name: 'probe',
      scope: 'write',
    });
    const product = products.items[0];
    const category = catalog.categories[0];
    if (!product || !category) throw new Error('the seeded catalog is empty');
    return {
      ids: {
        workspaceId,
        brandId: brand.id,
        productId: product.id,
        categoryId: category.id,
        exportId: exported.id,
        jobId,
        userId: joiner.userId,
        invitationId: invitation.invitation.id,
        keyId: apiKey.apiKey.id,
      },
      ownerId: owner.userId,
      key: actingKey.key,
      secrets: [
        brand.id,
        brand.name,
        brand.tagline,
        brand.handle,
        ...products.items.flatMap((p) => [p.id, p.title, p.handle]),
        ...catalog.categories.map((c) => c.id),
        exported.id,
        jobId,
        joiner.userId,
        owner.userId,
        `member-${email}`,
        email,
        invitation.invitation.id,
        invitation.token,
        apiKey.apiKey.id,
        apiKey.apiKey.prefix,
        apiKey.key,
        actingKey.apiKey.id,
        actingKey.key,
      ],
    };
  }

  beforeAll(async () => {
    h = await createApiHarness(driver);
    h.startWorker();
    const tenantA = await seedTenant('a-owner@example.com', 'specialty coffee');
    const tenantB = await seedTenant('b-owner@example.com', 'mechanical keyboards');
    a = { ...tenantA.ids, ownerId: tenantA.ownerId, key: tenantA.key };
    b = { ...tenantB.ids, ownerId: tenantB.ownerId };
    bSecrets = tenantB.secrets.filter((s) => s.length >= 5);
  }, 400_000);
  afterAll(async () => {
    await h?.close();
  });

  function assertNoLeak(what: string, text: string) {
    for (const secret of bSecrets) {
      expect(text.includes(secret), `${what} leaked ${JSON.stringify(secret)}: ${text}`).toBe(
        false,
      );
    }
  }

  it("refuses every procedure A's member calls with B's ids, and leaks nothing of B", async () => {
    const all = procedures();
    expect(all.length).toBeGreaterThanOrEqual(20);
    const actors = [
      { name: 'owner', headers: () => h.auth.as(a.ownerId) },
      { name: 'write key', headers: () => h.auth.asKey(a.key) },
    ];
    const probed = new Set<string>();
    for (const actor of actors) {
      for (const info of all) {
        const names = Object.keys(info.schema.properties ?? {});
        const idNames = names.filter((n): n is IdInput =>
          (idInputs as readonly string[]).includes(n),
        );
        const cases: { label: string; ids: TenantIds; mustRefuse: boolean }[] = [
          // A's workspace, and B's object in one id field at a time (A's everywhere else).
          ...idNames.map((name) => ({
            label: `B's ${name}`,
            ids: { ...a, [name]: b[name] },
            mustRefuse: true,
          })),
          // A's workspace, B's ids everywhere.
          {
            label: "B's ids",
            ids: { ...b, workspaceId: a.workspaceId },
            mustRefuse: idNames.length > 0,
          },
          // B's workspace itself.
          { label: "B's workspace", ids: b, mustRefuse: names.includes('workspaceId') },
        ];
        for (const probe of cases) {
          const input = inputFor(info, probe.ids);
          const response = await h.http(info.path, {
            type: info.type,
            input,
            headers: actor.headers(),
          });
          const what = `${actor.name} → ${info.path} with ${probe.label} ${JSON.stringify(input)}`;
          assertNoLeak(what, response.text);
          expect(response.status, `${what}: ${response.text}`).toBeLessThan(500);
          if (probe.mustRefuse) {
            // NOT_FOUND; or FORBIDDEN when the actor may not call it even with A's own ids (a key
            // removing a member), which says nothing about B.
            // (Asked only after a 403, so the control call cannot change anything.)
            const control =
              response.status === 403
                ? await h.http(info.path, {
                    type: info.type,
                    input: inputFor(info, a),
                    headers: actor.headers(),
                  })
                : undefined;
            const allowed = control?.status === 403 ? [403, 404] : [404];
            expect(allowed, `${what}: ${response.text}`).toContain(response.status);
          }
          probed.add(info.path);
        }
      }
    }
    expect([...probed].sort()).toEqual(all.map((p) => p.path).sort());
    expect(h.serverErrors.filter((e) => e.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);

    // B's data is all still there.
    const bApi = await h.caller(h.auth.as(b.ownerId));
    expect(
      (await bApi.catalogs.get({ workspaceId: b.workspaceId, brandId: b.brandId })).counts.products,
    ).toBe(3);
  }, 240_000);

  it('answers 1,000 malformed inputs derived from the schemas without a 5xx or an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const all = procedures();
      const rng = mulberry32(20261204);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
      const huge = 'a'.repeat(100_000);
      const weird: unknown[] = [
        null,
        0,
        -1,
        -2147483649,
        1.5,
        1e308,
        -1e308,
        true,
        [],
        {},
        [1, 'two', null],
        '',
        ' ',
        huge,
        '💥'.repeat(2_000),
        '\u0000',
        '\ud800',
        '\u202e\u0647\u0644\u0627',
        'ｗｏｒｋｓｐａｃｅ',
        "' OR 1=1 --",
        '%_%\\',
        '../../etc/passwd',
        'brand_' + 'z'.repeat(26),
        '1e309',
        '-1',
        '__proto__',
        { __proto__: { polluted: true } },
        JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown,
        nest(60),
      ];
      const broken: { path: string; input: unknown; status: number; text: string }[] = [];
      let calls = 0;
      for (let round = 0; calls < 1_000; round++) {
        for (const info of all) {
          if (calls >= 1_000) break;
          const base = inputFor(info, a);
          const fields = Object.keys(info.schema.properties ?? {});
          let input: unknown;
          const kind = round % 5;
          if (kind === 0 || fields.length === 0) {
            input = pick([undefined, null, 42, 'input', [], true, huge, ['workspaceId']]);
          } else if (kind === 1) {
            const copy: Record<string, unknown> = { ...base };
            delete copy[pick(fields)];
            input = copy;
          } else if (kind === 2) {
            input = { ...base, [pick(fields)]: pick(weird) };
          } else if (kind === 3) {
            // Two fields wrong at once, and a key nobody declared.
            input = {
              ...base,
              [pick(fields)]: pick(weird),
              [pick(fields)]: pick(weird),
              extra: pick(weird),
            };
          } else {
            const numeric = fields.filter((f) => {
              const t = info.schema.properties?.[f]?.type;
              return t === 'integer' || t === 'number';
            });
            input = numeric.length
              ? {
                  ...base,
                  [pick(numeric)]: pick([-1, 0, -0.5, 2 ** 31, 1e21, Number.MAX_SAFE_INTEGER]),
                }
              : { ...base, [pick(fields)]: pick(weird) };
          }
          calls++;
          const response = await h.http(info.path, {
            type: info.type,
            input,
            headers: h.auth.as(a.ownerId),
          });
          if (response.status >= 500 || response.text.includes('INTERNAL_SERVER_ERROR')) {
            broken.push({
              path: info.path,
              input,
              status: response.status,
              text: response.text.slice(0, 500),
            });
          }
        }
      }
      expect(calls).toBe(1_000);
      expect(broken).toEqual([]);
      expect(h.serverErrors.filter((e) => e.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
      // Let anything left floating settle before counting.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }, 240_000);
});

function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A small seeded PRNG, so a failing fuzz case can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
