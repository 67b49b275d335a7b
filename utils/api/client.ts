import * as z from 'zod';
import { describeIssues } from '../schema-errors';
import { ApiError, type ApiProblem, isApiError } from './errors';
import {
  type ApiMetadata,
  type ApiToken,
  type ApiUser,
  errorBodySchema,
  groupListSchema,
  metadataSchema,
  personalAccessTokenSchema,
  projectListSchema,
  resourceTokenListSchema,
  rotatedResourceTokenSchema,
  rotatedTokenSchema,
  tokenListSchema,
  userSchema,
} from './schemas';

/** How calls authenticate: the browser's GitLab session (no secret stored), or a token the user gave. */
export type Credentials = { kind: 'session' } | { kind: 'token'; token: string };

export interface ClientOptions {
  /** The instance's base URL, relative URL root included (`https://corp.example/gitlab`). */
  base: string;
  credentials: Credentials;
  fetch?: typeof fetch;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Pages fetched at once: a browser's per-host connection limit. */
  concurrency?: number;
  /** The longest Retry-After Scopewise waits before its one retry. */
  maxRetryAfterMs?: number;
  /** Requests started in any `RATE_WINDOW_MS`: see `MAX_REQUESTS_PER_WINDOW`. */
  maxRequestsPerWindow?: number;
  now?: () => number;
}

export const PER_PAGE = 100;
export const MAX_CONCURRENT_PAGES = 6;
/**
 * The most pages Scopewise reads of one list: 10,000 tokens. A server that claims more (or links
 * to itself without end) must not make the client loop or allocate without bound, and a cache of
 * that size still fits `storage.local`'s quota in Chrome (10 MB).
 */
export const MAX_PAGES = 100;
/**
 * GitLab.com allows 2,000 authenticated API requests per user each minute ("GitLab.com rate
 * limits", docs.gitlab.com/user/gitlab_com/rate_limits/, read 2026-12-01); self-managed
 * instances set their own, usually higher. Scopewise starts at most 1,800 in any minute, so a
 * refresh of hundreds of projects stays under the limit by design, with room for the user's own
 * use of GitLab; past that it waits. 429 and `Retry-After` are still honoured.
 */
export const MAX_REQUESTS_PER_WINDOW = 1_800;
export const RATE_WINDOW_MS = 60_000;

/** One list of tokens, and whether Scopewise stopped reading at `MAX_PAGES`. */
export interface TokenList {
  tokens: ApiToken[];
  truncated: boolean;
}

/** Whose access tokens: a project's or a group's (the API paths differ only in this). */
export type Resource = { kind: 'project' | 'group'; id: number };
const resourcePath = ({ kind, id }: Resource) => `/${kind === 'project' ? 'projects' : 'groups'}/${id}/access_tokens`;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

interface Response<T> {
  data: T;
  headers: Headers;
}

const parsedUrl = (url: string, relativeTo?: string): URL | undefined => {
  try {
    return new URL(url, relativeTo);
  } catch {
    return undefined;
  }
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `Retry-After` is seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Called after each page of a list: pages read so far, of how many (once page 1 says). */
export type PageProgress = (read: number, total: number | undefined) => void;

/** `X-Total-Pages`, which GitLab omits over 10,000 results. */
function totalPagesOf(headers: Headers): number | undefined {
  const total = Number(headers.get('x-total-pages') || Number.NaN);
  return Number.isInteger(total) && total >= 0 ? total : undefined;
}

/** The next page from `X-Next-Page`, else from `Link: <…page=N…>; rel="next"`. */
export function nextPage(headers: Headers): number | undefined {
  const header = headers.get('x-next-page');
  if (header) return Number(header) || undefined;
  for (const part of (headers.get('link') ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match?.[1]) {
      const page = new URL(match[1], 'https://gitlab.invalid').searchParams.get('page');
      return page ? Number(page) || undefined : undefined;
    }
  }
  return undefined;
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function createGitLabClient(options: ClientOptions) {
  const base = options.base.replace(/\/+$/, '');
  const { host, origin, protocol } = new URL(base);
  if (options.credentials.kind === 'token' && protocol !== 'https:') {
    // A token over plain http travels in clear text to anyone on the path.
    throw new ApiError({ kind: 'needs-https', host });
  }
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const sleep = options.sleep ?? defaultSleep;
  const concurrency = options.concurrency ?? MAX_CONCURRENT_PAGES;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const maxRequestsPerWindow = options.maxRequestsPerWindow ?? MAX_REQUESTS_PER_WINDOW;
  const now = options.now ?? Date.now;
  const { credentials } = options;
  let csrfToken: Promise<string> | undefined;

  /** Defence in depth: whatever the path, what an error says from outside never carries the token. */
  const redact = (text: string) =>
    credentials.kind === 'token' && credentials.token ? text.split(credentials.token).join('[token]') : text;

  /**
   * Every request Scopewise makes goes to the instance's origin and nowhere else. A redirect is
   * never followed: `PRIVATE-TOKEN` and `X-CSRF-Token` are custom headers, which the Fetch
   * standard carries across a cross-origin redirect (it strips only `Authorization`).
   */
  function refuseRedirect(response: globalThis.Response): globalThis.Response {
    const redirected =
      response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400);
    const finalOrigin = response.url ? parsedUrl(response.url)?.origin : origin;
    if (!redirected && finalOrigin === origin) return response;
    // Only now, on the rare refused response: where it pointed, when the runtime lets us see it.
    const location = response.headers.get('location');
    const target = location ? parsedUrl(location, base)?.host : undefined;
    throw new ApiError(
      { kind: 'redirect', host, ...(target && target !== host ? { target } : {}) },
      response.status || undefined,
    );
  }

  /**
   * Every request passes one gate: at most `concurrency` in flight (a browser's per-host limit,
   * and politeness), and at most `maxRequestsPerWindow` started in any `RATE_WINDOW_MS`.
   */
  const started: number[] = [];
  let inFlight = 0;
  const waiting: Array<() => void> = [];
  async function acquire(): Promise<void> {
    while (inFlight >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight++;
    for (;;) {
      const windowStart = now() - RATE_WINDOW_MS;
      while (started.length > 0 && (started[0] ?? 0) <= windowStart) started.shift();
      if (started.length < maxRequestsPerWindow) break;
      await sleep((started[0] ?? 0) - windowStart);
    }
    started.push(now());
  }
  function release(): void {
    inFlight--;
    waiting.shift()?.();
  }

  async function send(url: string, init: RequestInit): Promise<globalThis.Response> {
    await acquire();
    try {
      return await sendNow(url, init);
    } finally {
      release();
    }
  }

  async function sendNow(url: string, init: RequestInit): Promise<globalThis.Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return refuseRedirect(await doFetch(url, { ...init, redirect: 'manual', signal: controller.signal }));
    } catch (error) {
      if (isApiError(error)) throw error;
      if (controller.signal.aborted)
        throw new ApiError({ kind: 'timeout', host, seconds: Math.round(timeoutMs / 1000) });
      const browserOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
      const cause = !browserOffline && error instanceof Error && error.message ? redact(error.message) : undefined;
      throw new ApiError({ kind: 'offline', host, browserOffline, ...(cause ? { cause } : {}) });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Session-mode writes need GitLab's CSRF token, read from the meta tag of a page fetched with the session. */
  function sessionCsrfToken(): Promise<string> {
    csrfToken ??= (async () => {
      const response = await send(`${base}/help`, { credentials: 'include', headers: { Accept: 'text/html' } });
      const html = response.ok ? await response.text() : '';
      const match = /<meta\s+name="csrf-token"\s+content="([^"]+)"/.exec(html);
      if (!match?.[1]) {
        throw new ApiError({ kind: 'unauthorized', host, cause: 'csrf' });
      }
      return match[1]
        .replace(/&#x2B;|&#43;/g, '+')
        .replace(/&#x2F;|&#47;/g, '/')
        .replace(/&#x3D;|&#61;/g, '=')
        .replace(/&amp;/g, '&');
    })();
    csrfToken.catch(() => {
      csrfToken = undefined;
    });
    return csrfToken;
  }

  async function errorFor(response: globalThis.Response): Promise<ApiError> {
    const status = response.status;
    const text = await response.text().catch(() => '');
    let body: z.infer<typeof errorBodySchema> = {};
    try {
      const parsed = errorBodySchema.safeParse(JSON.parse(text));
      if (parsed.success) body = parsed.data;
    } catch {
      // Not JSON: rate-limit bodies are plain text.
    }
    const said = body.error_description ?? (typeof body.message === 'string' ? body.message : undefined);
    const detail = said ? { detail: redact(said) } : {};
    const problem = (): ApiProblem => {
      if (status === 401) {
        if (body.error === 'invalid_token' && /expired/i.test(body.error_description ?? ''))
          return { kind: 'token-expired', host };
        if (body.error === 'invalid_token' && /revoked/i.test(body.error_description ?? ''))
          return { kind: 'token-revoked', host };
        return { kind: 'unauthorized', host, cause: credentials.kind };
      }
      if (status === 403 && body.error === 'insufficient_scope')
        return { kind: 'insufficient-scope', host, scopes: (body.scope?.trim() || 'api').split(/\s+/) };
      if (status === 404) return { kind: 'not-found', host };
      if (status === 429) return { kind: 'rate-limited', host };
      if (status >= 500) return { kind: 'server', host, status };
      if (status === 400) return { kind: 'bad-request', host, ...detail };
      return { kind: 'http', host, status, ...detail };
    };
    return new ApiError(problem(), status);
  }

  async function request<T>(
    path: string,
    schema: z.ZodType<T>,
    { method = 'GET', query, body }: RequestOptions = {},
  ): Promise<Response<T>> {
    const url = new URL(`${base}/api/v4${path}`);
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (credentials.kind === 'token') headers['PRIVATE-TOKEN'] = credentials.token;
    else if (method !== 'GET') headers['X-CSRF-Token'] = await sessionCsrfToken();
    const init: RequestInit = {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // Token mode never mixes in the browser session; session mode is nothing but the session.
      credentials: credentials.kind === 'session' ? 'include' : 'omit',
      cache: 'no-store',
    };
    let response = await send(url.href, init);
    // Rate limited: wait as GitLab asks, then retry once. Writes are never retried (a second rotate
    // of the same token would make GitLab revoke the whole token family).
    if (response.status === 429 && method === 'GET') {
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? 1000;
      if (wait <= maxRetryAfterMs) {
        await sleep(wait);
        response = await send(url.href, init);
      }
    }
    if (!response.ok) throw await errorFor(response);
    if (response.status === 204) return { data: schema.parse(undefined), headers: response.headers };
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError({ kind: 'invalid-json', host }, response.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      // A path is the one part of an issue that can come from GitLab (an object's keys).
      const issues = describeIssues(parsed.error, { limit: 1 }).map((issue) => ({
        ...issue,
        path: redact(issue.path),
      }));
      throw new ApiError({ kind: 'schema', host, path, issues }, response.status);
    }
    return { data: parsed.data, headers: response.headers };
  }

  /**
   * Every page of a list: page 1, then the rest from `X-Total-Pages` (the gate keeps at most
   * `concurrency` in flight). `expectedTotal` (how many there were at the last refresh) lets the
   * first wave ask for that many pages at once instead of waiting for page 1; a page past the end
   * is just empty. Without totals (over 10,000 results) the next-page links are followed one by
   * one. Whatever the headers say, reading stops at the first empty page, never goes back to a page
   * already read, and ends after `MAX_PAGES` (then `truncated` says so).
   */
  async function paginate<T>(
    path: string,
    schema: z.ZodType<T[]>,
    query: RequestOptions['query'],
    expectedTotal?: number,
    onPage?: PageProgress,
  ): Promise<{ items: T[]; truncated: boolean }> {
    let firstEmpty = Number.POSITIVE_INFINITY;
    let pagesRead = 0;
    let pagesToRead: number | undefined;
    const fetchPage = async (page: number) => {
      if (page > firstEmpty) return undefined;
      const response = await request(path, schema, { query: { ...query, per_page: PER_PAGE, page } });
      if (response.data.length === 0) firstEmpty = Math.min(firstEmpty, page);
      if (page === 1) {
        const total = totalPagesOf(response.headers);
        if (total !== undefined) pagesToRead = Math.min(total, MAX_PAGES);
      }
      pagesRead++;
      onPage?.(pagesToRead === undefined ? pagesRead : Math.min(pagesRead, pagesToRead), pagesToRead);
      return response;
    };
    const pageNumbers = (from: number, to: number) =>
      Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
    const read = async (pages: number[]) => {
      // Workers take the next page only when one finishes, so an empty page stops the rest.
      const responses = await mapConcurrent(pages, concurrency, fetchPage);
      return responses.filter((response, index) => response !== undefined && (pages[index] ?? 0) < firstEmpty);
    };
    const firstWave = Math.max(1, Math.min(concurrency, Math.ceil((expectedTotal ?? 0) / PER_PAGE)));
    const wave = await read(pageNumbers(1, firstWave));
    const items = wave.flatMap((response) => response?.data ?? []);
    const totalPages = wave[0] && totalPagesOf(wave[0].headers);
    if (totalPages !== undefined) {
      const rest = await read(pageNumbers(firstWave + 1, Math.min(totalPages, MAX_PAGES)));
      items.push(...rest.flatMap((response) => response?.data ?? []));
      return { items, truncated: totalPages > MAX_PAGES && firstEmpty > MAX_PAGES };
    }
    // Over 10,000 results GitLab omits the totals: follow the next-page links one by one.
    let current = wave.length;
    let page = firstEmpty <= firstWave ? undefined : nextPage(wave.at(-1)?.headers ?? new Headers());
    while (page !== undefined && page > current) {
      if (page > MAX_PAGES) return { items, truncated: true };
      const next = await fetchPage(page);
      if (!next || next.data.length === 0) break;
      items.push(...next.data);
      current = page;
      page = nextPage(next.headers);
    }
    return { items, truncated: false };
  }

  /** The user's personal access tokens (see `paginate`); `onPage` follows the pages read. */
  async function listTokens(filter: {
    userId: number;
    state: 'active' | 'inactive';
    expectedTotal?: number;
    onPage?: PageProgress;
  }): Promise<TokenList> {
    const { items, truncated } = await paginate(
      '/personal_access_tokens',
      tokenListSchema,
      { user_id: filter.userId, state: filter.state },
      filter.expectedTotal,
      filter.onPage,
    );
    return { tokens: items, truncated };
  }

  return {
    base,
    host,
    user: async (): Promise<ApiUser> => (await request('/user', userSchema)).data,
    metadata: async (): Promise<ApiMetadata> => (await request('/metadata', metadataSchema)).data,
    self: async (): Promise<ApiToken> =>
      (await request('/personal_access_tokens/self', personalAccessTokenSchema)).data,
    listTokens,
    revoke: async (id: number): Promise<void> => {
      await request(`/personal_access_tokens/${id}`, z.unknown(), { method: 'DELETE' });
    },
    /** Never retried; the new token value is returned to be shown once and never stored. */
    rotate: async (id: number, expiresAt: string) =>
      (
        await request(`/personal_access_tokens/${id}/rotate`, rotatedTokenSchema, {
          method: 'POST',
          body: { expires_at: expiresAt },
        })
      ).data,
    /**
     * Projects where the user is at least Maintainer and groups where they are Owner: the roles
     * GitLab requires to list their access tokens.
     */
    projects: async () => paginate('/projects', projectListSchema, { membership: 'true', min_access_level: 40 }),
    groups: async () => paginate('/groups', groupListSchema, { min_access_level: 50 }),
    /** A project's or group's active access tokens. */
    listResourceTokens: async (resource: Resource) =>
      (await paginate(resourcePath(resource), resourceTokenListSchema, { state: 'active' })).items,
    revokeResourceToken: async (resource: Resource, id: number): Promise<void> => {
      await request(`${resourcePath(resource)}/${id}`, z.unknown(), { method: 'DELETE' });
    },
    /** Never retried, like `rotate`. */
    rotateResourceToken: async (resource: Resource, id: number, expiresAt: string) =>
      (
        await request(`${resourcePath(resource)}/${id}/rotate`, rotatedResourceTokenSchema, {
          method: 'POST',
          body: { expires_at: expiresAt },
        })
      ).data,
  };
}

export type GitLabClient = ReturnType<typeof createGitLabClient>;
