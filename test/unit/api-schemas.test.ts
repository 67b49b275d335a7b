import { describe, expect, it } from 'vitest';
import { createGitLabClient } from '../../utils/api/client';
import { ApiError } from '../../utils/api/errors';
import {
  metadataSchema,
  personalAccessTokenSchema,
  rotatedTokenSchema,
  tokenListSchema,
  userSchema,
} from '../../utils/api/schemas';
import { schemaIssuesText } from '../../utils/browser/schema-issue-text';
import { fakeFetch, json } from './fake-fetch';

/** The JSON examples of GitLab's API docs (doc/api/personal_access_tokens.md, users.md, metadata.md). */
const DOCS_LIST = [
  {
    id: 4,
    name: 'Test Token',
    revoked: false,
    created_at: '2020-07-23T14:31:47.729Z',
    description: 'Test Token description',
    scopes: ['api'],
    user_id: 3,
    last_used_at: '2021-10-06T17:58:37.550Z',
    active: true,
    expires_at: null,
  },
];
const DOCS_SELF_NEWER = {
  id: 3,
  name: 'test',
  revoked: false,
  created_at: '2020-07-23T14:31:47.729Z',
  description: 'Test Token description',
  scopes: ['api'],
  user_id: 3,
  last_used_at: '2021-10-06T17:58:37.550Z',
  active: true,
  expires_at: '2025-07-23',
  expired: false,
  granular: false,
  last_used_ips: ['127.0.0.1', '127.0.0.2'],
};
const DOCS_ROTATE = {
  id: 42,
  name: 'Rotated Token',
  revoked: false,
  created_at: '2023-08-01T15:00:00.000Z',
  description: 'Test Token description',
  scopes: ['api'],
  user_id: 1337,
  last_used_at: null,
  active: true,
  expires_at: '2023-08-15',
  token: 's3cr3t',
};
const DOCS_FINE_GRAINED = {
  ...DOCS_SELF_NEWER,
  granular: true,
  scopes: ['granular'],
  granular_scopes: [
    { access: 'personal_projects', permissions: ['read_repository'], project_id: null, group_id: null },
  ],
};

describe('schemas accept GitLab’s documented payloads', () => {
  it('list, self (newer fields), rotate, fine-grained', () => {
    expect(tokenListSchema.parse(DOCS_LIST)[0]?.expires_at).toBeNull();
    expect(personalAccessTokenSchema.parse(DOCS_SELF_NEWER).last_used_ips).toEqual(['127.0.0.1', '127.0.0.2']);
    expect(rotatedTokenSchema.parse(DOCS_ROTATE).token).toBe('s3cr3t');
    expect(personalAccessTokenSchema.parse(DOCS_FINE_GRAINED).granular).toBe(true);
    // Unknown fields GitLab may add later are kept, not rejected.
    expect(personalAccessTokenSchema.parse({ ...DOCS_SELF_NEWER, future_field: 1 })).toMatchObject({ future_field: 1 });
  });

  it('user and metadata', () => {
    expect(
      userSchema.parse({ id: 1, username: 'john_smith', name: 'John Smith', state: 'active', is_admin: true }).is_admin,
    ).toBe(true);
    expect(
      metadataSchema.parse({ version: '19.2.1-ee', revision: 'abc', kas: { enabled: true }, enterprise: true }).version,
    ).toBe('19.2.1-ee');
  });
});

/** A small deterministic PRNG (mulberry32), so a failing case can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  '',
  'x',
  '2026-13-45',
  true,
  [],
  {},
  [1, 'a'],
  { nested: [null] },
  Number.NaN,
  '<script>',
  '9'.repeat(400),
];

function mutate(next: () => number, base: Record<string, unknown>): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const roll = next();
  if (roll < 0.05) return pick(ODD_VALUES);
  const copy: Record<string, unknown> = { ...base };
  const fields = Object.keys(copy);
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const field = pick(fields);
    if (next() < 0.3) delete copy[field];
    else copy[field] = pick(ODD_VALUES);
  }
  return copy;
}

describe('malformed payloads: a typed error, never an uncaught exception', () => {
  // 5,000 client round trips take about 5 s on a loaded 2-core machine, over vitest's default
  // timeout: the explicit bound only guards against a hang.
  it('5,000 mutated token lists through the schema and the client', async () => {
    const next = random(20261124);
    let rejected = 0;
    for (let i = 0; i < 5000; i++) {
      const body = next() < 0.1 ? mutate(next, DOCS_SELF_NEWER) : [DOCS_SELF_NEWER, mutate(next, DOCS_SELF_NEWER)];
      const direct = tokenListSchema.safeParse(body);
      const fake = fakeFetch(() =>
        next() < 0.05
          ? new Response(String(body).slice(0, 20), { status: 200 })
          : json(body, 200, { 'X-Total-Pages': '1' }),
      );
      const api = createGitLabClient({
        base: 'https://gitlab.example',
        credentials: { kind: 'session' },
        fetch: fake.fetch,
      });
      try {
        const { tokens } = await api.listTokens({ userId: 1, state: 'active' });
        expect(Array.isArray(tokens)).toBe(true);
      } catch (error) {
        rejected++;
        expect(error).toBeInstanceOf(ApiError);
        expect(['schema', 'invalid-json']).toContain((error as ApiError).kind);
        const { problem } = error as ApiError;
        if (problem.kind === 'schema') {
          expect(problem.path).toBe('/personal_access_tokens');
          // The first field at fault only, in words.
          expect(problem.issues).toHaveLength(1);
          expect(schemaIssuesText(problem.issues)).toMatch(/^\S/);
        }
      }
      if (!direct.success) expect(direct.error.issues.length).toBeGreaterThan(0);
    }
    // The fuzz really exercised both paths.
    expect(rejected).toBeGreaterThan(1000);
    expect(rejected).toBeLessThan(5000);
  }, 60_000);
});
