/** A scripted `fetch` for API client tests: each call is answered by a handler, and recorded. */
export interface Call {
  url: URL;
  init: RequestInit;
  headers: Record<string, string>;
}

export type Handler = (call: Call) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const call = { url, init, headers };
    calls.push(call);
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return handler(call);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** A GitLab token entity as the API returns it (fields from the API docs' example). */
export function apiToken(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: `Token ${id}`,
    revoked: false,
    created_at: '2026-07-23T14:31:47.729Z',
    description: null,
    scopes: ['read_api'],
    user_id: 1,
    last_used_at: '2026-11-20T17:58:37.550Z',
    active: true,
    expires_at: '2027-01-01',
    ...overrides,
  };
}

/** Serves `total` tokens the way GitLab paginates, optionally without totals (over 10,000 results). */
export function paginatedTokens(
  total: number,
  options: { omitTotals?: boolean; linkOnly?: boolean; delayMs?: number } = {},
) {
  let inFlight = 0;
  let maxInFlight = 0;
  const handler: Handler = async ({ url }) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const perPage = Number(url.searchParams.get('per_page') ?? 20);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pages = Math.max(1, Math.ceil(total / perPage));
      const items = [];
      for (let id = (page - 1) * perPage + 1; id <= Math.min(total, page * perPage); id++) items.push(apiToken(id));
      const headers: Record<string, string> = { 'X-Page': String(page), 'X-Per-Page': String(perPage) };
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      if (page < pages) headers.Link = `<${next.href}>; rel="next"`;
      if (!options.linkOnly) headers['X-Next-Page'] = page < pages ? String(page + 1) : '';
      if (!options.omitTotals) {
        headers['X-Total'] = String(total);
        headers['X-Total-Pages'] = String(pages);
      }
      return json(items, 200, headers);
    } finally {
      inFlight--;
    }
  };
  return { handler, maxInFlight: () => maxInFlight };
}
