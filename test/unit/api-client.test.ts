import { describe, expect, it, vi } from 'vitest';
import { createGitLabClient, mapConcurrent, nextPage, retryAfterMs } from '../../utils/api/client';
import { ApiError } from '../../utils/api/errors';
import { apiProblemText } from '../../utils/browser/api-error-text';
import { apiToken, fakeFetch, json, paginatedTokens } from './fake-fetch';
import { message, useLocale } from './messages';

const BASE = 'https://gitlab.example/gitlab';
const TOKEN = 'glpat-FAKE-unit-test-token-value';

function client(handler: Parameters<typeof fakeFetch>[0], options: { session?: boolean; timeoutMs?: number } = {}) {
  const fake = fakeFetch(handler);
  const sleep = vi.fn(async () => {});
  const api = createGitLabClient({
    base: `${BASE}/`,
    credentials: options.session ? { kind: 'session' } : { kind: 'token', token: TOKEN },
    fetch: fake.fetch,
    sleep,
    timeoutMs: options.timeoutMs,
  });
  return { api, calls: fake.calls, sleep };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a failure');
}

/** What the popup and the options page say for an API error, in the run's locale. */
const said = (error: ApiError) => apiProblemText(error.problem);
const HOST = 'gitlab.example';

describe('listing tokens', () => {
  it('asks for the user’s active tokens, 100 a page, then the remaining pages at most 6 at a time', async () => {
    const pages = paginatedTokens(1000, { delayMs: 5 });
    const { api, calls } = client(pages.handler);
    const { tokens } = await api.listTokens({ userId: 7, state: 'active' });
    expect(tokens.map((token) => token.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(calls).toHaveLength(10);
    expect(pages.maxInFlight()).toBe(6);
    const first = calls[0]?.url;
    expect(first?.pathname).toBe('/gitlab/api/v4/personal_access_tokens');
    expect(Object.fromEntries(first?.searchParams ?? [])).toEqual({
      user_id: '7',
      state: 'active',
      per_page: '100',
      page: '1',
    });
  });

  it.each([
    ['X-Next-Page', { omitTotals: true }],
    ['Link rel="next"', { omitTotals: true, linkOnly: true }],
  ])('follows %s when GitLab omits the totals', async (_label, options) => {
    const pages = paginatedTokens(250, options);
    const { api, calls } = client(pages.handler);
    expect((await api.listTokens({ userId: 1, state: 'inactive' })).tokens).toHaveLength(250);
    expect(calls.map((call) => call.url.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(pages.maxInFlight()).toBe(1);
  });

  it('says how many pages it read, of how many once page 1 tells', async () => {
    const pages = paginatedTokens(1000, { delayMs: 5 });
    const { api } = client(pages.handler);
    const progress: Array<[number, number | undefined]> = [];
    await api.listTokens({ userId: 7, state: 'active', onPage: (read, total) => progress.push([read, total]) });
    expect(progress).toEqual(Array.from({ length: 10 }, (_, index) => [index + 1, 10]));
  });

  it('with the last refresh’s count, the first wave asks for that many pages at once', async () => {
    const pages = paginatedTokens(1000, { delayMs: 5 });
    const { api, calls } = client(pages.handler);
    expect((await api.listTokens({ userId: 1, state: 'active', expectedTotal: 1000 })).tokens).toHaveLength(1000);
    expect(calls.map((call) => call.url.searchParams.get('page'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(pages.maxInFlight()).toBe(6);
  });

  it('a smaller list than last time: the extra pages are empty, nothing is lost or doubled', async () => {
    const { api } = client(paginatedTokens(150).handler);
    const { tokens } = await api.listTokens({ userId: 1, state: 'active', expectedTotal: 1000 });
    expect(tokens.map((token) => token.id)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  it('no totals after a speculative first wave: continues from the last page’s next link', async () => {
    const { api, calls } = client(paginatedTokens(950, { omitTotals: true }).handler);
    const { tokens } = await api.listTokens({ userId: 1, state: 'active', expectedTotal: 300 });
    expect(tokens).toHaveLength(950);
    expect(new Set(tokens.map((token) => token.id)).size).toBe(950);
    expect(calls).toHaveLength(10);
  });

  it('one page is one request', async () => {
    const { api, calls } = client(paginatedTokens(3).handler);
    expect((await api.listTokens({ userId: 1, state: 'active' })).tokens).toHaveLength(3);
    expect(calls).toHaveLength(1);
  });
});

describe('hostile pagination', () => {
  const page = (ids: number[], headers: Record<string, string>) =>
    json(
      ids.map((id) => apiToken(id)),
      200,
      headers,
    );

  it('an endless X-Next-Page: 1 is not followed back to a page already read', async () => {
    const { api, calls } = client(() => page([1], { 'X-Next-Page': '1' }));
    const { tokens, truncated } = await api.listTokens({ userId: 1, state: 'active' });
    expect(tokens.map((token) => token.id)).toEqual([1]);
    expect(truncated).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('a Link rel="next" to the same page is not followed', async () => {
    const { api, calls } = client(({ url }) => page([1], { Link: `<${url.href}>; rel="next"` }));
    expect((await api.listTokens({ userId: 1, state: 'active' })).tokens).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('X-Total-Pages: 1000000000 reads at most 100 pages, stops at the first empty one, and says so when capped', async () => {
    const endless = client(({ url }) => {
      const number = Number(url.searchParams.get('page'));
      return page([number], { 'X-Total-Pages': '1000000000' });
    });
    const capped = await endless.api.listTokens({ userId: 1, state: 'active' });
    expect(endless.calls).toHaveLength(100);
    expect(capped.tokens).toHaveLength(100);
    expect(capped.truncated).toBe(true);

    const short = client(({ url }) => {
      const number = Number(url.searchParams.get('page'));
      return page(number <= 3 ? [number] : [], { 'X-Total-Pages': '1000000000' });
    });
    const ended = await short.api.listTokens({ userId: 1, state: 'active' });
    expect(ended.tokens.map((token) => token.id)).toEqual([1, 2, 3]);
    expect(ended.truncated).toBe(false);
    // Page 4 is empty: the pages in flight with it finish, no new one starts after it.
    expect(short.calls.length).toBeLessThanOrEqual(4 + 6);
  });

  it('next-page links that never end stop after 100 pages (10,000 tokens), marked truncated', async () => {
    const { api, calls } = client(({ url }) => {
      const number = Number(url.searchParams.get('page'));
      return page([number], { 'X-Next-Page': String(number + 1) });
    });
    const { tokens, truncated } = await api.listTokens({ userId: 1, state: 'active' });
    expect(tokens).toHaveLength(100);
    expect(truncated).toBe(true);
    expect(calls).toHaveLength(100);
  });

  it('an empty page ends the list even when the headers promise more', async () => {
    const { api, calls } = client(({ url }) =>
      url.searchParams.get('page') === '1' ? page([1], { 'X-Next-Page': '2' }) : page([], { 'X-Next-Page': '3' }),
    );
    expect((await api.listTokens({ userId: 1, state: 'active' })).tokens).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });
});

describe('redirects are never followed', () => {
  const redirect = (location: string) => new Response(null, { status: 302, headers: { Location: location } });
  /** What a browser's fetch gives for `redirect: 'manual'`: no status, no headers. */
  const opaqueRedirect = () => {
    const response = new Response(null, { status: 200 });
    Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(response, 'status', { value: 0 });
    return response;
  };

  it('every request asks fetch not to follow redirects', async () => {
    const { api, calls } = client(() => json({ id: 1, username: 'u' }));
    await api.user().catch(() => undefined);
    expect(calls.every((call) => call.init.redirect === 'manual')).toBe(true);
  });

  it('token mode: a redirect to another origin gets a clear error and no second request', async () => {
    const { api, calls } = client(() => redirect('https://attacker.example/steal'));
    const error = await failure(api.self());
    expect(error.problem).toEqual({ kind: 'redirect', host: HOST, target: 'attacker.example' });
    expect(said(error)).toBe(message('apiError.redirect', { host: HOST, target: 'attacker.example' }));
    expect(said(error)).not.toContain(TOKEN);
    expect(calls).toHaveLength(1);
  });

  it('an opaque redirect (what browsers report) is refused too', async () => {
    const { api } = client(() => opaqueRedirect());
    const error = await failure(api.user());
    expect(error.problem).toEqual({ kind: 'redirect', host: HOST });
    expect(said(error)).toBe(message('apiError.redirectElsewhere', { host: HOST }));
  });

  it('a response whose final URL is on another origin is refused', async () => {
    const { api } = client(() => {
      const response = json({ id: 1, username: 'u' });
      Object.defineProperty(response, 'url', { value: 'https://attacker.example/api/v4/user' });
      return response;
    });
    expect((await failure(api.user())).kind).toBe('redirect');
  });

  it('session mode: the CSRF page and the write are not followed either', async () => {
    const { api, calls } = client(
      ({ url }) => (url.pathname.endsWith('/help') ? redirect('https://other.example/') : json({})),
      {
        session: true,
      },
    );
    const error = await failure(api.revoke(5));
    expect(error.kind).toBe('redirect');
    expect(calls.map((call) => call.url.pathname)).toEqual(['/gitlab/help']);
  });

  it('token mode over http is refused before anything is sent', () => {
    const fake = fakeFetch(() => json({}));
    expect(() =>
      createGitLabClient({
        base: 'http://gitlab.example',
        credentials: { kind: 'token', token: TOKEN },
        fetch: fake.fetch,
      }),
    ).toThrow(expect.objectContaining({ problem: { kind: 'needs-https', host: HOST } }));
    expect(fake.calls).toHaveLength(0);
  });
});

describe('credentials', () => {
  it('token mode sends PRIVATE-TOKEN and never the browser’s cookies', async () => {
    const { api, calls } = client(() => json({ id: 1, username: 'alice' }));
    await api.user();
    expect(calls[0]?.headers['private-token']).toBe(TOKEN);
    expect(calls[0]?.init.credentials).toBe('omit');
    expect(calls[0]?.url.origin).toBe('https://gitlab.example');
  });

  it('session mode sends the cookies, and for writes the CSRF token of a page fetched with the session', async () => {
    const { api, calls } = client(
      ({ url }) =>
        url.pathname === '/gitlab/help'
          ? new Response('<html><head><meta name="csrf-token" content="abc&#x2B;def=="></head></html>')
          : json(null, 204),
      { session: true },
    );
    await api.revoke(42);
    await api.revoke(43);
    expect(calls.map((call) => `${call.init.method ?? 'GET'} ${call.url.pathname}`)).toEqual([
      'GET /gitlab/help',
      'DELETE /gitlab/api/v4/personal_access_tokens/42',
      'DELETE /gitlab/api/v4/personal_access_tokens/43',
    ]);
    expect(calls[1]?.headers['x-csrf-token']).toBe('abc+def==');
    expect(calls[1]?.headers['private-token']).toBeUndefined();
    expect(calls[1]?.init.credentials).toBe('include');
  });

  it('session mode without a sign-in says so', async () => {
    const { api } = client(() => new Response('<html><head></head></html>'), { session: true });
    const error = await failure(api.revoke(1));
    expect(error.problem).toEqual({ kind: 'unauthorized', host: HOST, cause: 'csrf' });
    expect(said(error)).toBe(message('apiError.noCsrfToken', { host: HOST }));
  });
});

describe('every failure becomes a specific message', () => {
  it.each([
    [
      401,
      {
        error: 'invalid_token',
        error_description: 'Token is expired. You can either do re-authorization or token refresh.',
      },
      'token-expired',
      message('apiError.tokenExpired', { host: HOST }),
    ],
    [
      401,
      { error: 'invalid_token', error_description: 'Token was revoked. You have to re-authorize from the user.' },
      'token-revoked',
      message('apiError.tokenRevoked', { host: HOST }),
    ],
    [401, { message: '401 Unauthorized' }, 'unauthorized', message('apiError.tokenRejected', { host: HOST })],
    [
      403,
      {
        error: 'insufficient_scope',
        error_description: 'The request requires higher privileges than provided by the access token.',
        scope: 'api',
      },
      'insufficient-scope',
      message('apiError.insufficientScope', { scopes: 'api' }),
    ],
    [404, { message: '404 Not Found' }, 'not-found', message('apiError.notFound', { host: HOST })],
    [500, { message: '500 Internal Server Error' }, 'server', message('apiError.server', { host: HOST, status: 500 })],
    [502, 'Bad gateway', 'server', message('apiError.server', { host: HOST, status: 502 })],
    [403, { message: '403 Forbidden' }, 'http', message('apiError.forbidden', { host: HOST, detail: '403 Forbidden' })],
    [
      400,
      { message: 'Token already revoked' },
      'bad-request',
      message('apiError.badRequest', { host: HOST, detail: 'Token already revoked' }),
    ],
    [418, {}, 'http', message('apiError.httpBare', { host: HOST, status: 418 })],
  ])('%i %j', async (status, body, kind, text) => {
    const { api } = client(() => (typeof body === 'string' ? new Response(body, { status }) : json(body, status)));
    const error = await failure(api.user());
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(said(error)).toBe(text);
  });

  it('401 in session mode explains the missing session', async () => {
    const { api } = client(() => json({ message: '401 Unauthorized' }, 401), { session: true });
    const error = await failure(api.user());
    expect(error.problem).toEqual({ kind: 'unauthorized', host: HOST, cause: 'session' });
    expect(said(error)).toBe(message('apiError.signedOut', { host: HOST }));
  });

  it('403 names the scopes the call needs, any one of them', async () => {
    const { api } = client(() => json({ error: 'insufficient_scope', scope: 'api read_api' }, 403));
    const error = await failure(api.user());
    expect(error.problem).toEqual({ kind: 'insufficient-scope', host: HOST, scopes: ['api', 'read_api'] });
    expect(said(error)).toBe(message('apiError.insufficientScope', { scopes: `api${message('apiError.or')}read_api` }));
  });

  it('429: waits as Retry-After says, then retries once', async () => {
    let calls = 0;
    const { api, sleep } = client(() =>
      ++calls === 1
        ? new Response('Retry later', { status: 429, headers: { 'Retry-After': '2' } })
        : json({ id: 1, username: 'a' }),
    );
    expect((await api.user()).username).toBe('a');
    expect(sleep).toHaveBeenCalledWith(2000);
    expect(calls).toBe(2);
  });

  it('429 twice: a rate-limit message', async () => {
    const { api, calls } = client(() => new Response('Retry later', { status: 429, headers: { 'Retry-After': '1' } }));
    expect((await failure(api.user())).kind).toBe('rate-limited');
    expect(calls).toHaveLength(2);
  });

  it('a rotate is never retried, even when rate limited', async () => {
    const { api, calls } = client(() => new Response('Retry later', { status: 429, headers: { 'Retry-After': '1' } }));
    expect((await failure(api.rotate(5, '2027-01-01'))).kind).toBe('rate-limited');
    expect(calls).toHaveLength(1);
  });

  it('a timeout aborts the request', async () => {
    const fake = fakeFetch(
      ({ init }) =>
        new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const api = createGitLabClient({ base: BASE, credentials: { kind: 'session' }, fetch: fake.fetch, timeoutMs: 20 });
    const error = await failure(api.user());
    expect(error.problem).toEqual({ kind: 'timeout', host: HOST, seconds: 0 });
    expect(said(error)).toBe(message('apiError.timeout', { host: HOST, seconds: 0 }));
  });

  it('offline / unreachable', async () => {
    const { api } = client(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(api.user());
    expect(error.problem).toEqual({ kind: 'offline', host: HOST, browserOffline: false, cause: 'Failed to fetch' });
    expect(said(error)).toBe(message('apiError.unreachable', { host: HOST, cause: 'Failed to fetch' }));
  });

  it('invalid JSON (a sign-in page)', async () => {
    const { api } = client(() => new Response('<html>Sign in</html>', { status: 200 }));
    const error = await failure(api.user());
    expect(error.kind).toBe('invalid-json');
    expect(said(error)).toBe(message('apiError.invalidJson', { host: HOST }));
  });

  it('a schema mismatch names the field', async () => {
    const { api } = client(() =>
      json([apiToken(1), apiToken(2, { expires_at: 'soon' })], 200, { 'X-Total-Pages': '1' }),
    );
    const error = await failure(api.listTokens({ userId: 1, state: 'active' }));
    expect(error.problem).toEqual({
      kind: 'schema',
      host: HOST,
      path: '/personal_access_tokens',
      issues: [{ path: '[1].expires_at', rule: 'date' }],
    });
    expect(said(error)).toBe(
      message('apiError.schema', {
        host: HOST,
        path: '/personal_access_tokens',
        issues: message('schemaIssue.at', { path: '[1].expires_at', problem: message('schemaIssue.date') }),
      }),
    );
  });

  it('never puts the token in a message, even when a server echoes it', async () => {
    const { api } = client(() => json({ message: `bad token ${TOKEN}` }, 418));
    const error = await failure(api.user());
    expect(said(error)).not.toContain(TOKEN);
    expect(said(error)).toContain('[token]');
    expect(`${error.message} ${JSON.stringify(error.problem)}`).not.toContain(TOKEN);
  });

  it('nor when the runtime’s network error names it', async () => {
    const { api } = client(() => {
      throw new TypeError(`Failed to fetch ${BASE}/?private_token=${TOKEN}`);
    });
    const error = await failure(api.user());
    expect(said(error)).not.toContain(TOKEN);
    expect(JSON.stringify(error.problem)).toContain('[token]');
  });

  it('in English, the words are those Scopewise has always shown', async () => {
    await useLocale('en');
    const scopes = await failure(
      client(() => json({ error: 'insufficient_scope', scope: 'api read_api' }, 403)).api.user(),
    );
    expect(said(scopes)).toBe('The token lacks the scope this needs: api or read_api.');
    const session = await failure(
      client(() => json({ message: '401 Unauthorized' }, 401), { session: true }).api.user(),
    );
    expect(said(session)).toBe(
      'Not signed in to gitlab.example in this browser, or the browser withheld the session cookie. Sign in to gitlab.example, or use token mode in the options.',
    );
    const moved = await failure(
      client(() => new Response(null, { status: 302, headers: { Location: 'https://attacker.example/' } })).api.self(),
    );
    expect(said(moved)).toBe(
      'gitlab.example redirected to attacker.example; Scopewise does not follow redirects that carry your token or session.',
    );
    const malformed = await failure(
      client(() => json([apiToken(1, { expires_at: 'soon' })], 200, { 'X-Total-Pages': '1' })).api.listTokens({
        userId: 1,
        state: 'active',
      }),
    );
    expect(said(malformed)).toBe(
      'gitlab.example sent unexpected data at /personal_access_tokens: [0].expires_at: a YYYY-MM-DD date.',
    );
    const forbidden = await failure(client(() => json({ message: '403 Forbidden' }, 403)).api.user());
    expect(said(forbidden)).toBe('gitlab.example refused this (403): 403 Forbidden');
    expect(() =>
      createGitLabClient({ base: 'http://gitlab.example', credentials: { kind: 'token', token: TOKEN } }),
    ).toThrow(expect.objectContaining({ problem: { kind: 'needs-https', host: HOST } }));
  });
});

describe('helpers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(Date.UTC(2026, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(10_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('reads the next page from X-Next-Page, then Link', () => {
    expect(nextPage(new Headers({ 'X-Next-Page': '3' }))).toBe(3);
    expect(nextPage(new Headers({ 'X-Next-Page': '' }))).toBeUndefined();
    expect(
      nextPage(
        new Headers({
          Link: '<https://x/api/v4/p?page=1>; rel="first", <https://x/api/v4/p?page=5&per_page=100>; rel="next"',
        }),
      ),
    ).toBe(5);
    expect(nextPage(new Headers())).toBeUndefined();
  });

  it('mapConcurrent keeps order and the limit', async () => {
    let running = 0;
    let peak = 0;
    const result = await mapConcurrent([5, 1, 3, 2, 4], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 30, 20, 40]);
    expect(peak).toBe(2);
  });
});
