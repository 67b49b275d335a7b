import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGitLabClient } from '../../utils/api/client';
import { refreshInstance } from '../../utils/browser/refresh';
import { cachedInstance, saveCache } from '../../utils/browser/token-cache';
import { addDays, utcToday } from '../../utils/dates';
import { startEarlyCapture } from '../../utils/gitlab/early-capture';
import { type CachedToken, reconcile, toCachedToken } from '../../utils/inventory';
import { recreateUrl } from '../../utils/recreate';
import { collectResourceTokens } from '../../utils/resource-inventory';
import { tokenWarnings } from '../../utils/risk';
import { apiToken, fakeFetch, json } from './fake-fetch';

const TODAY = utcToday();
const BASE = 'https://gitlab.example';
const INSTANCE = { base: BASE, label: 'gitlab.example', mode: 'session' as const };

const botToken = (id: number, overrides: Record<string, unknown> = {}) =>
  apiToken(id, { user_id: 9000 + id, access_level: 40, ...overrides });

/** A GitLab with two maintained projects and one owned group; `broken` answers per path. */
function gitlab(broken: Record<string, Response> = {}) {
  return fakeFetch(({ url }) => {
    const path = url.pathname.replace(/^.*\/api\/v4/, '');
    if (broken[path]) return broken[path].clone();
    if (path === '/user') return json({ id: 1, username: 'alice' });
    if (path === '/metadata') return json({ version: '19.2.0' });
    if (path === '/personal_access_tokens') return json([apiToken(1)], 200, { 'X-Total-Pages': '1' });
    if (path === '/projects')
      return json(
        [
          { id: 10, path_with_namespace: 'acme/widgets', web_url: 'javascript:alert(1)', archived: false },
          { id: 11, path_with_namespace: 'acme/old', archived: true, marked_for_deletion_on: '2026-12-20' },
        ],
        200,
        { 'X-Total-Pages': '1' },
      );
    if (path === '/groups') return json([{ id: 20, full_path: 'acme/platform' }], 200, { 'X-Total-Pages': '1' });
    if (path === '/projects/10/access_tokens') return json([botToken(101, { name: 'Renovate bot' })]);
    if (path === '/projects/11/access_tokens') return json([botToken(111, { name: 'Mirror', access_level: 20 })]);
    if (path === '/groups/20/access_tokens') return json([botToken(201, { name: 'Release', access_level: 50 })]);
    return json({ message: '404 Not Found' }, 404);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
});

describe('project and group access tokens in the inventory', () => {
  it('lists maintained projects and owned groups, then each one’s active tokens, with owner and role', async () => {
    const fake = gitlab();
    const api = createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: fake.fetch });
    const progress: Array<[number, number]> = [];
    const cache = await refreshInstance(INSTANCE, api, {
      onProgress: (checked, total) => progress.push([checked, total]),
    });
    expect(cache.tokens.map((token) => [token.name, token.owner?.path ?? 'personal', token.accessLevel])).toEqual([
      ['Token 1', 'personal', undefined],
      ['Renovate bot', 'acme/widgets', 40],
      ['Mirror', 'acme/old', 20],
      ['Release', 'acme/platform', 50],
    ]);
    expect(cache.tokens[2]?.owner).toEqual({
      kind: 'project',
      id: 11,
      path: 'acme/old',
      archived: true,
      pendingDeletion: true,
    });
    // GitLab's web_url is not kept: links are built from the instance and the path.
    expect(JSON.stringify(cache)).not.toContain('javascript:');
    const projects = fake.calls.find((call) => call.url.pathname.endsWith('/projects'));
    expect(Object.fromEntries(projects?.url.searchParams ?? [])).toMatchObject({
      membership: 'true',
      min_access_level: '40',
    });
    const groups = fake.calls.find((call) => call.url.pathname.endsWith('/groups'));
    expect(groups?.url.searchParams.get('min_access_level')).toBe('50');
    expect(
      fake.calls
        .filter((call) => call.url.pathname.endsWith('/access_tokens'))
        .every((call) => call.url.searchParams.get('state') === 'active'),
    ).toBe(true);
    expect(progress.at(0)).toEqual([0, 3]);
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(cache.resources).toEqual({ checked: 3, failures: [] });
  });

  it('a project that now answers 403 or 404 says why and keeps its last good tokens; every other row stays', async () => {
    const first = gitlab();
    await refreshInstance(
      INSTANCE,
      createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: first.fetch }),
    );
    const fake = gitlab({
      '/projects/10/access_tokens': json({ message: '403 Forbidden' }, 403),
      '/groups/20/access_tokens': json({ message: '404 Group Not Found' }, 404),
    });
    const cache = await refreshInstance(
      INSTANCE,
      createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: fake.fetch }),
    );
    expect(cache.tokens.map((token) => token.name)).toEqual(['Token 1', 'Renovate bot', 'Mirror', 'Release']);
    expect(cache.resources?.failures.map(({ owner, problem }) => [owner.path, problem])).toEqual([
      ['acme/widgets', { kind: 'http', host: 'gitlab.example', status: 403, detail: '403 Forbidden' }],
      ['acme/platform', { kind: 'not-found', host: 'gitlab.example' }],
    ]);
  });

  it('when projects and groups cannot be listed at all, their tokens from the last refresh stay', async () => {
    await refreshInstance(
      INSTANCE,
      createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: gitlab().fetch }),
    );
    const fake = gitlab({ '/projects': json({ message: 'boom' }, 500) });
    const cache = await refreshInstance(
      INSTANCE,
      createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: fake.fetch }),
    );
    expect(cache.tokens).toHaveLength(4);
    expect(cache.resources?.unlisted).toEqual({ problem: { kind: 'server', host: 'gitlab.example', status: 500 } });
    expect((await cachedInstance(BASE))?.tokens).toHaveLength(4);
  });

  it('a malformed token entry fails only its project', async () => {
    const fake = gitlab({ '/projects/10/access_tokens': json([{ id: 'x' }]) });
    const cache = await refreshInstance(
      INSTANCE,
      createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: fake.fetch }),
    );
    expect(cache.tokens.map((token) => token.name)).toEqual(['Token 1', 'Mirror', 'Release']);
    expect(cache.resources?.failures[0]?.problem).toMatchObject({
      kind: 'schema',
      host: 'gitlab.example',
      path: '/projects/10/access_tokens',
      issues: [{ path: '[0].id', rule: 'type', expected: 'number', received: 'string' }],
    });
  });

  it('keeps at most 10,000 project and group tokens, and says so', async () => {
    const many = Array.from({ length: 100 }, (_, index) => botToken(index + 1));
    const fake = fakeFetch(({ url }) => {
      const path = url.pathname.replace(/^.*\/api\/v4/, '');
      if (path === '/projects') {
        const page = Number(url.searchParams.get('page'));
        const ids = Array.from({ length: 100 }, (_, index) => (page - 1) * 100 + index + 1);
        return json(
          ids.map((id) => ({ id, path_with_namespace: `p/${id}` })),
          200,
          { 'X-Total-Pages': '2' },
        );
      }
      if (path === '/groups') return json([], 200, { 'X-Total-Pages': '1' });
      return json(many, 200, { 'X-Total-Pages': '1' });
    });
    const api = createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: fake.fetch });
    const { tokens, summary } = await collectResourceTokens(api, undefined);
    expect(tokens).toHaveLength(10_000);
    expect(summary.truncated).toBe(true);
  });

  it('revoke and rotate go to the resource’s own endpoints; rotate is never retried', async () => {
    const fake = fakeFetch(({ url, init }) => {
      if (url.pathname.endsWith('/help')) return new Response('<meta name="csrf-token" content="c">', { status: 200 });
      if (init.method === 'DELETE') return new Response(null, { status: 204 });
      return json({ message: 'Retry later' }, 429, { 'Retry-After': '1' });
    });
    const sleep = vi.fn(async () => {});
    const api = createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: fake.fetch, sleep });
    await api.revokeResourceToken({ kind: 'group', id: 20 }, 201);
    await expect(api.rotateResourceToken({ kind: 'project', id: 10 }, 101, '2027-01-01')).rejects.toMatchObject({
      kind: 'rate-limited',
    });
    expect(fake.calls.map((call) => `${call.init.method ?? 'GET'} ${call.url.pathname}`)).toEqual([
      'GET /help',
      'DELETE /api/v4/groups/20/access_tokens/201',
      'POST /api/v4/projects/10/access_tokens/101/rotate',
    ]);
    expect(JSON.parse(String(fake.calls[2]?.init.body))).toEqual({ expires_at: '2027-01-01' });
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe('politeness', () => {
  it('never more than 6 requests in flight across everything a refresh asks at once', async () => {
    let inFlight = 0;
    let most = 0;
    const fake = fakeFetch(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight--;
      return json([botToken(1)]);
    });
    const api = createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: fake.fetch });
    await Promise.all(Array.from({ length: 40 }, (_, id) => api.listResourceTokens({ kind: 'project', id })));
    expect(fake.calls).toHaveLength(40);
    expect(most).toBe(6);
  });

  it('starts at most the allowed number of requests in any minute, then waits for the window', async () => {
    let clock = 0;
    const waits: number[] = [];
    const api = createGitLabClient({
      base: BASE,
      credentials: { kind: 'session' },
      fetch: fakeFetch(() => json([])).fetch,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
      maxRequestsPerWindow: 3,
    });
    const startedAt: number[] = [];
    for (let id = 0; id < 5; id++) {
      await api.listResourceTokens({ kind: 'project', id });
      startedAt.push(clock);
      clock += 1000;
    }
    // Requests 1–3 at 0, 1, 2 s; the 4th waits until the 1st leaves the 60 s window; the 5th, a
    // second later, finds the 2nd gone too.
    expect(waits).toEqual([57_000]);
    expect(startedAt).toEqual([0, 1000, 2000, 60_000, 61_000]);
  });
});

describe('warnings for bot tokens', () => {
  const facts = (overrides: Partial<CachedToken>) => ({
    ...toCachedToken(apiToken(1, { expires_at: addDays(TODAY, 200) }) as never),
    ...overrides,
  });
  /** Each warning's rule and values (the popup's words for them: warning-text.test.ts). */
  const texts = (token: ReturnType<typeof facts>) =>
    tokenWarnings(token, TODAY).map(({ severity: _, ...warning }) => warning);

  it.each([
    [['read_api'], 40, [{ reason: 'role', role: 'maintainer' }]],
    [['read_api', 'read_repository'], 50, [{ reason: 'role', role: 'owner' }]],
    [['read_api'], 20, []],
    [['api'], 40, [{ reason: 'broad-scope', scope: 'api' }]],
  ])('%j with access level %i: %j', (scopes, accessLevel, expected) => {
    const owner = { kind: 'project' as const, id: 1, path: 'acme/widgets' };
    expect(texts(facts({ scopes, accessLevel, owner }))).toEqual(expected);
  });

  it('a token whose project is archived or pending deletion says so', () => {
    const owner = { kind: 'project' as const, id: 1, path: 'acme/old', archived: true };
    expect(texts(facts({ accessLevel: 20, owner }))).toEqual([
      { reason: 'resource-state', owner: 'project', state: 'archived' },
    ]);
    expect(texts(facts({ accessLevel: 20, owner: { ...owner, kind: 'group', pendingDeletion: true } }))).toEqual([
      { reason: 'resource-state', owner: 'group', state: 'pending-deletion' },
    ]);
  });
});

describe('refreshes re-render only what changed', () => {
  it('keeps unchanged tokens as the same objects', () => {
    const before = [toCachedToken(apiToken(1) as never), toCachedToken(apiToken(2) as never)];
    const after = [toCachedToken(apiToken(1) as never), toCachedToken(apiToken(2, { name: 'Renamed' }) as never)];
    const merged = reconcile(before, after);
    expect(merged[0]).toBe(before[0]);
    expect(merged[1]).toBe(after[1]);
  });
});

describe('Recreate for project and group tokens', () => {
  const token = {
    ...toCachedToken(
      botToken(101, { name: 'Renovate bot', description: 'Nightly', scopes: ['api', 'write_repository'] }) as never,
      {
        kind: 'project',
        id: 10,
        path: 'acme/widgets',
      },
    ),
    created_at: '2026-09-01T10:00:00Z',
    expires_at: '2026-12-30',
  };

  it('opens the project’s own form with the token’s fields in a fragment, which the form script reads back', async () => {
    const url = recreateUrl(BASE, '19.2.0', token);
    expect(url.split('#')[0]).toBe('https://gitlab.example/acme/widgets/-/settings/access_tokens');
    const early = startEarlyCapture(document, url);
    early.stop();
    expect(early.pendingRecreate).toMatchObject({
      name: 'Renovate bot',
      description: 'Nightly',
      scopes: ['api', 'write_repository'],
      role: 'maintainer',
      lifetimeDays: 120,
    });
    await saveCache(BASE, { fetchedAt: '', userId: 1, username: 'a', tokens: [token] });
  });

  it.each([
    ['a role GitLab has not', 'name=x&scopes=api&role=root&days=30'],
    ['a scope that is not a scope', 'name=x&scopes=API!&role=guest&days=30'],
    ['no name', 'scopes=api&role=guest&days=30'],
  ])('ignores a fragment with %s', (_label, fields) => {
    const early = startEarlyCapture(
      document,
      `${BASE}/acme/widgets/-/settings/access_tokens#scopewise-recreate=${encodeURIComponent(fields)}`,
    );
    early.stop();
    expect(early.pendingRecreate).toBeUndefined();
  });
});
