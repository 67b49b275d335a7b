import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import fineGrainedForm from '../../entrypoints/fine-grained-form.content';
import legacyForm from '../../entrypoints/legacy-form.content';
import { createGitLabClient } from '../../utils/api/client';
import type { ApiError } from '../../utils/api/errors';
import { apiProblemText } from '../../utils/browser/api-error-text';
import { notifyExpiring, updateBadge } from '../../utils/browser/badge';
import {
  registerTokenForms,
  restoreTokenForms,
  unregisterTokenForms,
} from '../../utils/browser/dynamic-content-scripts';
import { inactiveTokens, refreshInstance } from '../../utils/browser/refresh';
import { badgeDays, instances, notificationsEnabled, tokenCaches } from '../../utils/browser/storage';
import { setToken, tokenFor } from '../../utils/browser/token-vault';
import { addDays, utcToday } from '../../utils/dates';
import { dueNotifications } from '../../utils/expiry-alerts';
import { GITLAB_COM } from '../../utils/instances';
import { type InstanceCache, toCachedToken } from '../../utils/inventory';
import { apiToken, fakeFetch, json } from './fake-fetch';
import { message, useLocale } from './messages';

const TODAY = utcToday();
const SECRET = 'glpat-FAKE-inventory-secret';

/** A tiny GitLab: alice (1) is an admin, so GitLab returns bob's (2) tokens too unless filtered. */
function gitlab(tokens: ReturnType<typeof apiToken>[]) {
  return fakeFetch(({ url }) => {
    const path = url.pathname.replace(/^.*\/api\/v4/, '');
    if (path === '/user') return json({ id: 1, username: 'alice', is_admin: true });
    if (path === '/metadata') return json({ version: '19.2.0-ee' });
    if (path === '/personal_access_tokens') {
      const state = url.searchParams.get('state');
      return json(
        tokens.filter((token) => (state === 'active' ? token.active : !token.active)),
        200,
        { 'X-Total-Pages': '1' },
      );
    }
    return json({ message: '404 Not Found' }, 404);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
});

describe('the cache', () => {
  it('keeps only the user’s own tokens and only the listed fields: never a secret', async () => {
    const tokens = [
      apiToken(1, { token: SECRET, expires_at: addDays(TODAY, 3) }),
      apiToken(2, { user_id: 2 }),
      apiToken(3, { active: false, revoked: true }),
    ];
    const fake = gitlab(tokens);
    const client = createGitLabClient({
      base: 'https://gitlab.com',
      credentials: { kind: 'session' },
      fetch: fake.fetch,
    });
    const cache = await refreshInstance(GITLAB_COM, client);
    expect(cache.tokens.map((token) => token.id)).toEqual([1]);
    expect(cache).toMatchObject({ userId: 1, username: 'alice', version: '19.2.0-ee' });
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain(SECRET);
    expect(Object.keys(toCachedToken({ ...apiToken(9), token: SECRET } as never))).not.toContain('token');
    expect((await inactiveTokens(GITLAB_COM, 1, client)).map((token) => token.id)).toEqual([3]);
  });

  it('keeps a fine-grained token’s permissions and access choices, and nothing else of its `granular_scopes`', () => {
    const cached = toCachedToken({
      ...apiToken(10),
      granular: true,
      granular_scopes: [
        { access: 'SELECTED_MEMBERSHIPS', permissions: ['download_code', 'read_job'], project_id: 7 },
        { access: 'USER', permissions: ['read_user', 42] },
        'garbage',
        null,
      ],
    } as never);
    expect(cached.granularPermissions).toEqual(['download_code', 'read_job', 'read_user']);
    expect(cached.granularAccess).toEqual(['SELECTED_MEMBERSHIPS', 'USER']);
    expect(JSON.stringify(cached)).not.toContain('project_id');
    expect(toCachedToken(apiToken(11) as never)).not.toHaveProperty('granularPermissions');
  });

  it('a token given for token mode is kept where content scripts cannot read it, apart from the cache', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await setToken('https://gitlab.com', SECRET);
    expect(await tokenFor('https://gitlab.com')).toBe(SECRET);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // storage.local is readable from content scripts, which run inside GitLab's pages.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET);
    const fake = gitlab([apiToken(1)]);
    vi.stubGlobal('fetch', fake.fetch);
    await refreshInstance({ ...GITLAB_COM, mode: 'token' });
    expect(fake.calls.every((call) => call.headers['private-token'] === SECRET)).toBe(true);
    expect(fake.calls.every((call) => call.url.origin === 'https://gitlab.com')).toBe(true);
    expect(JSON.stringify(await tokenCaches.getValue())).not.toContain(SECRET);
    await setToken('https://gitlab.com', undefined);
    expect(await tokenFor('https://gitlab.com')).toBeUndefined();
  });

  it('a token an earlier version left in storage.local moves out of it', async () => {
    await fakeBrowser.storage.local.set({ instanceTokens: { 'https://corp.example': SECRET } });
    expect(await tokenFor('https://corp.example')).toBe(SECRET);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

function cacheWith(expiries: Array<string | null>): InstanceCache {
  return {
    fetchedAt: new Date().toISOString(),
    userId: 1,
    username: 'alice',
    tokens: expiries.map((expires_at, index) => toCachedToken(apiToken(index + 1, { expires_at }) as never)),
  };
}

describe('badge and notifications', () => {
  it('the badge counts active tokens expiring within the configured days', async () => {
    const caches = {
      'https://gitlab.com': cacheWith([addDays(TODAY, 2), addDays(TODAY, 7), addDays(TODAY, 20), null]),
    };
    expect(await updateBadge(caches)).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await badgeDays.setValue(30);
    expect(await updateBadge(caches)).toBe(3);
    expect(await updateBadge({})).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('names each token once per threshold', () => {
    const caches = { 'https://gitlab.com': cacheWith([addDays(TODAY, 6), addDays(TODAY, 20)]) };
    const first = dueNotifications(caches, {}, 30);
    expect(first.map((item) => [item.name, item.threshold])).toEqual([
      ['Token 1', 7],
      ['Token 2', 30],
    ]);
    const notified = Object.fromEntries(first.map((item) => [item.key, item.threshold]));
    expect(dueNotifications(caches, notified, 30)).toEqual([]);
    // A day later token 1 is still within 7 days: not named again. Once expired, it is.
    const later = { 'https://gitlab.com': cacheWith([TODAY, addDays(TODAY, 20)]) };
    expect(dueNotifications(later, notified, 30).map((item) => [item.name, item.threshold])).toEqual([['Token 1', 0]]);
  });

  it('notifies only when the user turned it on and granted the permission', async () => {
    const caches = { 'https://gitlab.com': cacheWith([addDays(TODAY, 2)]) };
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await notifyExpiring(caches);
    expect(create).not.toHaveBeenCalled();
    await notificationsEnabled.setValue(true);
    await notifyExpiring(caches);
    await notifyExpiring(caches);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toMatchObject({
      message: message('expiryAlert.daysLeft', { name: 'Token 1', host: 'gitlab.com', days: 2 }),
    });
    contains.mockResolvedValue(false as never);
    await notifyExpiring({ 'https://gitlab.com': cacheWith([addDays(TODAY, 1), addDays(TODAY, 1)]) });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['en', 'A GitLab token expires soon', '2 GitLab tokens expire soon', 'Token 1 (gitlab.com): expired'],
    [
      'de',
      'Ein GitLab-Zugriffstoken läuft bald ab',
      '2 GitLab-Zugriffstoken laufen bald ab',
      'Token 1 (gitlab.com): abgelaufen',
    ],
  ])('in %s, the notification counts its tokens in its title', async (locale, one, two, expired) => {
    await useLocale(locale);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await notificationsEnabled.setValue(true);
    await notifyExpiring({ 'https://gitlab.com': cacheWith([addDays(TODAY, 2)]) });
    await notifyExpiring({ 'https://gitlab.com': cacheWith([TODAY, addDays(TODAY, 3)]) });
    const shown = create.mock.calls.map((call) => call[1] as unknown as { title: string; message: string });
    expect(shown.map(({ title }) => title)).toEqual([one, two]);
    expect(shown[1]?.message.split('\n')[0]).toBe(expired);
  });
});

/** The content scripts of the built manifest, as WXT writes them from the two entrypoints. */
function builtManifest(): Browser.runtime.Manifest {
  const script = (name: string, options: typeof legacyForm) => ({
    matches: options.matches as string[],
    ...(options.excludeMatches ? { exclude_matches: options.excludeMatches as string[] } : {}),
    run_at: options.runAt as Browser.extensionTypes.RunAt,
    js: [`content-scripts/${name}.js`],
    css: [`content-scripts/${name}.css`],
  });
  return {
    manifest_version: 3,
    name: 'Scopewise',
    version: '0.1.0',
    content_scripts: [script('legacy-form', legacyForm), script('fine-grained-form', fineGrainedForm)],
  };
}

describe('token forms on self-managed hosts', () => {
  const corp = { base: 'https://corp.example/gitlab', label: 'corp.example/gitlab', mode: 'session' as const };

  function mockScripting(granted: boolean) {
    const registered: Array<{ id: string; matches?: string[]; excludeMatches?: string[] }> = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted as never);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(builtManifest());
    const scripting = {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) =>
        registered.filter((s) => !ids || ids.includes(s.id)),
      ),
      registerContentScripts: vi.fn(async (scripts: typeof registered) => {
        registered.push(...scripts);
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        for (const id of ids)
          registered.splice(
            registered.findIndex((s) => s.id === id),
            1,
          );
      }),
    };
    (fakeBrowser as unknown as { scripting: typeof scripting }).scripting = scripting;
    return { registered, scripting };
  }

  it('registers the token paths under the root once, and unregisters them', async () => {
    const { registered, scripting } = mockScripting(true);
    await registerTokenForms(corp);
    await registerTokenForms(corp);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(registered[0]?.matches).toEqual([
      'https://corp.example/gitlab/*-/user_settings/personal_access_tokens*',
      'https://corp.example/gitlab/*-/profile/personal_access_tokens*',
      'https://corp.example/gitlab/*/-/settings/access_tokens*',
    ]);
    // The fine-grained form gets its own script, and only that one.
    const fineGrained = ['https://corp.example/gitlab/*-/user_settings/personal_access_tokens/granular/new*'];
    expect(registered[0]?.excludeMatches).toEqual(fineGrained);
    expect(registered[1]).toMatchObject({
      id: 'scopewise-fine-grained-form:https://corp.example/gitlab',
      matches: fineGrained,
    });
    await unregisterTokenForms(corp.base);
    expect(registered).toEqual([]);
  });

  it('removes a registration of a script the update renamed, and registers the current ones', async () => {
    const { registered } = mockScripting(true);
    const other = 'https://corp.example'; // another instance, on the same host
    // Left by a build before, whose scripts were `token-form` and `granular-form`; the other instance's stay.
    registered.push(
      { id: 'scopewise-token-form:https://corp.example/gitlab' },
      { id: 'scopewise-granular-form:https://corp.example/gitlab' },
      { id: `scopewise-granular-form:${other}` },
    );
    await registerTokenForms(corp);
    expect(registered.map((script) => script.id)).toEqual([
      `scopewise-granular-form:${other}`,
      'scopewise-legacy-form:https://corp.example/gitlab',
      'scopewise-fine-grained-form:https://corp.example/gitlab',
    ]);
    await unregisterTokenForms(corp.base);
    expect(registered.map((script) => script.id)).toEqual([`scopewise-granular-form:${other}`]);
  });

  it('registers nothing without the host permission, nor for gitlab.com (in the manifest)', async () => {
    const { scripting } = mockScripting(false);
    await registerTokenForms(corp);
    mockScripting(true);
    await registerTokenForms(GITLAB_COM);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('restores every granted instance at startup', async () => {
    const { registered } = mockScripting(true);
    await instances.setValue([GITLAB_COM, corp]);
    await restoreTokenForms();
    expect(registered.map((script) => script.id)).toEqual([
      'scopewise-legacy-form:https://corp.example/gitlab',
      'scopewise-fine-grained-form:https://corp.example/gitlab',
    ]);
  });
});

it('the background worker schedules the 6-hourly check, refreshes and badges at install', async () => {
  mockScriptingForBackground();
  const fake = gitlab([
    apiToken(1, { expires_at: addDays(TODAY, 1) }),
    apiToken(2, { expires_at: addDays(TODAY, 100) }),
  ]);
  vi.stubGlobal('fetch', fake.fetch);
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
  expect((await fakeBrowser.alarms.get('scopewise-refresh'))?.periodInMinutes).toBe(360);
  // Later alarms refresh again, from storage only.
  fake.calls.length = 0;
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'scopewise-refresh', scheduledTime: Date.now() });
  await vi.waitFor(() => expect(fake.calls.length).toBeGreaterThan(0));
});

function mockScriptingForBackground() {
  // gitlab.com is granted (the manifest's host); self-managed hosts are not.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins }: { origins?: string[] }) =>
    (origins ?? []).every((pattern) => pattern === 'https://gitlab.com/*')) as never);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(builtManifest());
  (fakeBrowser as unknown as { scripting: object }).scripting = {
    getRegisteredContentScripts: vi.fn(async () => []),
    registerContentScripts: vi.fn(),
  };
}

describe('host access', () => {
  it('a host permission withdrawn in the browser says so, and nothing is sent', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const fake = gitlab([apiToken(1)]);
    vi.stubGlobal('fetch', fake.fetch);
    const error = await refreshInstance(GITLAB_COM).catch((failure: ApiError) => failure);
    expect(error).toMatchObject({ problem: { kind: 'no-access', host: 'gitlab.com' } });
    expect(apiProblemText((error as ApiError).problem)).toBe(message('apiError.noAccess', { host: 'gitlab.com' }));
    expect(fake.calls).toHaveLength(0);
  });

  it('the worker follows the browser’s permission changes by whole pattern, never by a part of the host', async () => {
    const listeners: Record<'added' | 'removed', Array<(change: { origins?: string[] }) => void>> = {
      added: [],
      removed: [],
    };
    mockScriptingForBackground();
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(((listener: never) =>
      listeners.removed.push(listener)) as never);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(((listener: never) =>
      listeners.added.push(listener)) as never);
    const session = 'session' as const;
    await instances.setValue([
      GITLAB_COM,
      { base: 'https://example.com', label: 'example.com', mode: session },
      { base: 'https://gitlab.example.com', label: 'gitlab.example.com', mode: session },
    ]);
    const unregister = vi.fn(async (_options: { ids: string[] }) => {});
    const register = vi.fn(async (_scripts: Array<{ id: string }>) => {});
    (fakeBrowser as unknown as { scripting: object }).scripting = {
      // Both self-managed instances have their forms registered.
      getRegisteredContentScripts: vi.fn(async () =>
        ['https://example.com', 'https://gitlab.example.com'].flatMap((base) => [
          { id: `scopewise-legacy-form:${base}` },
          { id: `scopewise-fine-grained-form:${base}` },
        ]),
      ),
      registerContentScripts: register,
      unregisterContentScripts: unregister,
    };
    background.main();

    for (const listener of listeners.removed) listener({ origins: ['https://gitlab.example.com/*'] });
    await vi.waitFor(() => expect(unregister).toHaveBeenCalled());
    expect(unregister.mock.calls.flatMap(([options]) => options.ids)).toEqual([
      'scopewise-legacy-form:https://gitlab.example.com',
      'scopewise-fine-grained-form:https://gitlab.example.com',
    ]);

    // Given back: the forms come back at once, not at the next browser start.
    (
      fakeBrowser as unknown as { scripting: { getRegisteredContentScripts: unknown } }
    ).scripting.getRegisteredContentScripts = vi.fn(async () => []);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    for (const listener of listeners.added) listener({ origins: ['https://gitlab.example.com/*'] });
    await vi.waitFor(() => expect(register).toHaveBeenCalled());
    expect(register.mock.calls.flatMap(([scripts]) => scripts.map((script) => script.id))).toEqual([
      'scopewise-legacy-form:https://gitlab.example.com',
      'scopewise-fine-grained-form:https://gitlab.example.com',
    ]);
  });
});
