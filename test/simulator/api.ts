/**
 * The simulator's GitLab REST API for personal access tokens (../shared/reference/gitlab-pat-facts.md
 * §2): authentication by `PRIVATE-TOKEN` or by session cookie (+ `X-CSRF-Token` for writes), scope
 * checks with GitLab's error bodies, offset pagination with GitLab's headers, rotate with reuse
 * detection, and injectable failures and latency.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface SimUser {
  id: number;
  username: string;
  name: string;
  is_admin: boolean;
}

export interface SimToken {
  id: number;
  name: string;
  description: string | null;
  revoked: boolean;
  created_at: string;
  scopes: string[];
  user_id: number;
  last_used_at: string | null;
  expires_at: string | null;
  last_used_ips: string[];
  /** The secret, for PRIVATE-TOKEN authentication. Fake and obvious: `glpat-FAKE-…`. */
  value: string;
  previous_id?: number;
  /** Fine-grained tokens (GitLab 18.10+): a placeholder scope, and their permissions in `granular_scopes`. */
  granular?: boolean;
  granular_scopes?: Array<{ access: string; permissions: string[]; project_id?: number }>;
}

export interface Failure {
  method?: string;
  /** Matched against the path after /api/v4. */
  path: RegExp;
  status: number;
  body?: string;
  headers?: Record<string, string>;
  times: number;
}

export const SESSION_COOKIE = '_gitlab_session';
const DAY = 86_400_000;

export class FakeGitLabApi {
  users: SimUser[] = [
    { id: 1, username: 'alice', name: 'Alice Example', is_admin: false },
    { id: 2, username: 'bob', name: 'Bob Example', is_admin: false },
    { id: 3, username: 'root', name: 'Administrator', is_admin: true },
  ];
  tokens: SimToken[] = [];
  sessions = new Map<string, number>();
  version = '18.5.1-ee';
  /** Added to every API response (for benchmarks). */
  latencyMs = 0;
  /** GitLab omits X-Total / X-Total-Pages above 10,000 results. */
  omitTotals = false;
  failures: Failure[] = [];
  /** The most API requests in flight at once since the last reset (for benchmarks). */
  maxInFlight = 0;
  private inFlight = 0;
  /**
   * Every API request: method, path with query, what it authenticated with (PRIVATE-TOKEN, else the
   * session cookie) and whether it carried the session's CSRF token.
   */
  log: Array<{ method: string; url: string; auth: 'token' | 'session' | 'none'; csrf: boolean }> = [];
  private nextId = 1000;
  private rotations = 0;

  constructor(private readonly csrfToken: () => string) {}

  reset(): void {
    this.tokens = [];
    this.sessions.clear();
    this.failures = [];
    this.log = [];
    this.latencyMs = 0;
    this.omitTotals = false;
    this.version = '18.5.1-ee';
    this.maxInFlight = 0;
  }

  signIn(userId: number): string {
    const sid = `sim-session-${userId}-${this.sessions.size + 1}`;
    this.sessions.set(sid, userId);
    return sid;
  }

  addToken(token: Partial<SimToken> & Pick<SimToken, 'name' | 'scopes'>): SimToken {
    const id = token.id ?? this.nextId++;
    const full: SimToken = {
      id,
      description: null,
      revoked: false,
      created_at: new Date(Date.now() - 30 * DAY).toISOString(),
      user_id: 1,
      last_used_at: new Date(Date.now() - DAY).toISOString(),
      expires_at: new Date(Date.now() + 90 * DAY).toISOString().slice(0, 10),
      last_used_ips: [],
      value: `glpat-FAKE-sim-${id}`,
      ...token,
    };
    this.tokens.push(full);
    return full;
  }

  failNext(failure: Omit<Failure, 'times'> & { times?: number }): void {
    this.failures.push({ times: 1, ...failure });
  }

  private active(token: SimToken): boolean {
    return !token.revoked && !this.expired(token);
  }

  private expired(token: SimToken): boolean {
    return token.expires_at !== null && Date.parse(`${token.expires_at}T00:00:00Z`) <= Date.now();
  }

  entity(token: SimToken) {
    const { value: _secret, previous_id: _previous, ...rest } = token;
    return { ...rest, active: this.active(token), expired: this.expired(token) };
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL, body: string): Promise<void> {
    const path = url.pathname.replace(/^.*\/api\/v4/, '');
    const method = request.method ?? 'GET';
    const cookie = /(?:^|;\s*)_gitlab_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
    const privateToken = request.headers['private-token'];
    const csrf = request.headers['x-csrf-token'] === this.csrfToken();
    this.log.push({
      method,
      url: `${path}${url.search}`,
      auth: privateToken ? 'token' : cookie ? 'session' : 'none',
      csrf,
    });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    response.on('close', () => this.inFlight--);
    if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
      response.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    const failure = this.failures.find((f) => f.path.test(path) && (!f.method || f.method === method) && f.times > 0);
    if (failure) {
      failure.times--;
      response.writeHead(failure.status, { 'Content-Type': 'application/json', ...failure.headers });
      response.end(failure.body ?? JSON.stringify({ message: `${failure.status} simulated` }));
      return;
    }

    // Authentication: PRIVATE-TOKEN first, else the session (writes need the CSRF token).
    let user: SimUser | undefined;
    let token: SimToken | undefined;
    if (typeof privateToken === 'string') {
      token = this.tokens.find((candidate) => candidate.value === privateToken);
      if (token?.revoked) {
        return send(401, {
          error: 'invalid_token',
          error_description: 'Token was revoked. You have to re-authorize from the user.',
        });
      }
      if (token && this.expired(token)) {
        return send(401, {
          error: 'invalid_token',
          error_description: 'Token is expired. You can either do re-authorization or token refresh.',
        });
      }
      user = token && this.users.find((candidate) => candidate.id === token?.user_id);
    } else if (cookie && this.sessions.has(cookie)) {
      if (method === 'GET' || csrf) user = this.users.find((candidate) => candidate.id === this.sessions.get(cookie));
    }
    if (!user) return send(401, { message: '401 Unauthorized' });

    const needs = (allowed: string[]) => {
      if (!token || token.scopes.some((scope) => allowed.includes(scope))) return true;
      send(403, {
        error: 'insufficient_scope',
        error_description: 'The request requires higher privileges than provided by the access token.',
        scope: allowed.join(' '),
      });
      return false;
    };
    const readScopes = ['api', 'read_api'];

    if (method === 'GET' && path === '/user') {
      if (!needs(['api', 'read_api', 'read_user'])) return;
      return send(200, {
        id: user.id,
        username: user.username,
        name: user.name,
        state: 'active',
        ...(user.is_admin ? { is_admin: true } : {}),
      });
    }
    if (method === 'GET' && path === '/metadata') {
      if (!needs(['api', 'read_api', 'read_user'])) return;
      return send(200, { version: this.version, revision: 'abc123', kas: { enabled: false }, enterprise: true });
    }
    if (method === 'GET' && path === '/personal_access_tokens/self') {
      if (!token) return send(400, { message: 'This endpoint requires token type to be a personal access token' });
      return send(200, this.entity(token));
    }
    if (method === 'GET' && path === '/personal_access_tokens') {
      if (!needs(readScopes)) return;
      return this.list(url, user, send);
    }
    const one = /^\/personal_access_tokens\/(\d+)(\/rotate)?$/.exec(path);
    if (one) {
      const target = this.tokens.find((candidate) => candidate.id === Number(one[1]));
      const visible = target && (user.is_admin || target.user_id === user.id);
      if (method === 'GET' && !one[2]) {
        if (!needs(readScopes)) return;
        if (!visible)
          return user.is_admin ? send(404, { message: '404 Not Found' }) : send(401, { message: '401 Unauthorized' });
        return send(200, this.entity(target));
      }
      if (method === 'DELETE' && !one[2]) {
        if (!needs(['api'])) return;
        if (!target) return send(404, { message: '404 Not Found' });
        if (!visible) return send(400, { message: 'Not permitted to revoke' });
        target.revoked = true;
        return send(204);
      }
      if (method === 'POST' && one[2]) {
        if (!needs(['api'])) return;
        if (!target) return send(404, { message: '404 Not Found' });
        if (!visible) return send(400, { message: 'Not permitted to rotate' });
        if (target.revoked) {
          // Reuse detection: rotating a revoked token revokes its whole family.
          for (const member of this.family(target)) member.revoked = true;
          return send(400, { message: 'Token already revoked' });
        }
        const requested = (JSON.parse(body || '{}') as { expires_at?: string }).expires_at;
        target.revoked = true;
        const rotated = this.addToken({
          name: target.name,
          description: target.description,
          scopes: [...target.scopes],
          user_id: target.user_id,
          created_at: new Date().toISOString(),
          last_used_at: null,
          expires_at: requested ?? new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10),
          value: `glpat-FAKE-rotated-${++this.rotations}`,
          previous_id: target.id,
        });
        return send(200, { ...this.entity(rotated), token: rotated.value });
      }
    }
    return send(404, { message: '404 Not Found' });
  }

  private family(token: SimToken): SimToken[] {
    const members = new Set<SimToken>([token]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const candidate of this.tokens) {
        if (members.has(candidate)) continue;
        const linked = [...members].some(
          (member) => member.previous_id === candidate.id || candidate.previous_id === member.id,
        );
        if (linked) {
          members.add(candidate);
          grew = true;
        }
      }
    }
    return [...members];
  }

  private list(
    url: URL,
    user: SimUser,
    send: (status: number, payload?: unknown, headers?: Record<string, string>) => void,
  ) {
    const params = url.searchParams;
    const userIdParam = params.get('user_id');
    if (userIdParam && !user.is_admin && Number(userIdParam) !== user.id)
      return send(401, { message: '401 Unauthorized' });
    let tokens = user.is_admin ? this.tokens : this.tokens.filter((token) => token.user_id === user.id);
    if (userIdParam) tokens = tokens.filter((token) => token.user_id === Number(userIdParam));
    const state = params.get('state');
    if (state === 'active') tokens = tokens.filter((token) => this.active(token));
    if (state === 'inactive') tokens = tokens.filter((token) => !this.active(token));
    const perPage = Math.min(100, Math.max(1, Number(params.get('per_page') ?? 20)));
    const page = Math.max(1, Number(params.get('page') ?? 1));
    const total = tokens.length;
    const totalPages = Math.max(1, Math.ceil(total / perPage));
    const slice = tokens.slice((page - 1) * perPage, page * perPage).map((token) => this.entity(token));
    const link = (p: number, rel: string) => {
      const next = new URL(url);
      next.searchParams.set('page', String(p));
      return `<${next.href}>; rel="${rel}"`;
    };
    const links = [
      page > 1 ? link(page - 1, 'prev') : '',
      page < totalPages ? link(page + 1, 'next') : '',
      link(1, 'first'),
      this.omitTotals ? '' : link(totalPages, 'last'),
    ].filter(Boolean);
    const headers: Record<string, string> = {
      'X-Page': String(page),
      'X-Per-Page': String(perPage),
      'X-Next-Page': page < totalPages ? String(page + 1) : '',
      'X-Prev-Page': page > 1 ? String(page - 1) : '',
      Link: links.join(', '),
    };
    if (!this.omitTotals) {
      headers['X-Total'] = String(total);
      headers['X-Total-Pages'] = String(totalPages);
    }
    return send(200, slice, headers);
  }
}

/** A seeded set of risky tokens for alice (id 1), one for bob, and inactive ones. */
export function seedRiskyTokens(api: FakeGitLabApi, now = new Date()): void {
  const day = (offset: number) => new Date(now.getTime() + offset * DAY);
  const date = (offset: number) => day(offset).toISOString().slice(0, 10);
  const time = (offset: number) => day(offset).toISOString();
  api.addToken({
    name: 'Laptop glab',
    scopes: ['api', 'write_repository'],
    created_at: time(-20),
    expires_at: date(3),
    last_used_at: time(-1),
  });
  api.addToken({
    name: 'Legacy CI',
    scopes: ['read_repository'],
    created_at: time(-900),
    expires_at: null,
    last_used_at: time(-2),
  });
  api.addToken({
    name: 'Admin script',
    scopes: ['sudo', 'read_api'],
    created_at: time(-10),
    expires_at: date(50),
    last_used_at: time(-1),
  });
  api.addToken({
    name: 'Forgotten',
    scopes: ['read_api'],
    created_at: time(-40),
    expires_at: date(40),
    last_used_at: null,
  });
  api.addToken({
    name: 'Old backup job',
    scopes: ['read_repository'],
    created_at: time(-200),
    expires_at: date(200),
    last_used_at: time(-120),
  });
  api.addToken({
    name: 'Mystery',
    description: 'Made by a newer GitLab',
    scopes: ['read_vulnerability'],
    created_at: time(-5),
    expires_at: date(200),
    last_used_at: time(-1),
    last_used_ips: ['203.0.113.7', '198.51.100.22', '192.0.2.5'],
  });
  api.addToken({
    name: 'Registry pull',
    scopes: ['read_registry'],
    created_at: time(-5),
    expires_at: date(85),
    last_used_at: time(-1),
  });
  api.addToken({
    name: '<img src=x onerror=alert(1)>',
    scopes: ['read_user'],
    created_at: time(-3),
    expires_at: date(20),
    last_used_at: time(-1),
  });
  api.addToken({
    name: 'Expired deploy',
    scopes: ['read_registry'],
    created_at: time(-100),
    expires_at: date(-2),
    last_used_at: time(-3),
  });
  api.addToken({ name: 'Revoked thing', scopes: ['api'], created_at: time(-60), expires_at: date(30), revoked: true });
  api.addToken({ name: "Bob's token", scopes: ['api'], user_id: 2, created_at: time(-3), expires_at: date(2) });
}
