/**
 * The simulator's GitLab REST API for personal access tokens (../shared/reference/gitlab-pat-facts.md
 * §2): authentication by `PRIVATE-TOKEN` or by session cookie (+ `X-CSRF-Token` for writes), scope
 * checks with GitLab's error bodies, offset pagination with GitLab's headers, rotate with reuse
 * detection, and injectable failures and latency.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { paginate, SimResources } from './resources';
import {
  apiScopesFor,
  FINE_GRAINED_UNSUPPORTED,
  fineGrainedDenied,
  fineGrainedRouteFor,
  type GranularGrant,
  holdsPermission,
  insufficientScopeBody,
} from './scope-rules';

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
  granular_scopes?: Array<GranularGrant & { project_id?: number }>;
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

/** A project the REST API and Git over HTTP serve (test/simulator/git-http.ts holds its repository). */
export interface SimProject {
  id: number;
  path_with_namespace: string;
  name: string;
  default_branch: string;
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
  projects: SimProject[] = [{ id: 42, path_with_namespace: 'acme/widgets', name: 'Widgets', default_branch: 'main' }];
  sessions = new Map<string, number>();
  version = '18.5.1-ee';
  /** Added to every API response (for benchmarks). */
  latencyMs = 0;
  /** GitLab omits X-Total / X-Total-Pages above 10,000 results. */
  omitTotals = false;
  failures: Failure[] = [];
  /** Projects, groups and their access tokens. */
  resources = new SimResources();
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
    this.resources.reset();
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

    // A token is held to GitLab's rules before any endpoint runs (test/simulator/scope-rules.ts).
    if (token?.granular) {
      const denied = this.fineGrainedDenial(token, method, path);
      if (denied) return send(403, { message: `403 Forbidden - ${denied}` });
    } else if (token) {
      const allowed = apiScopesFor(method, path);
      if (allowed && !token.scopes.some((scope) => allowed.includes(scope)))
        return send(403, insufficientScopeBody(allowed));
    }

    if (method === 'GET' && path === '/user') {
      return send(200, {
        id: user.id,
        username: user.username,
        name: user.name,
        state: 'active',
        ...(user.is_admin ? { is_admin: true } : {}),
      });
    }
    if (method === 'GET' && path === '/metadata') {
      return send(200, { version: this.version, revision: 'abc123', kas: { enabled: false }, enterprise: true });
    }
    if (method === 'GET' && path === '/personal_access_tokens/self') {
      if (!token) return send(400, { message: 'This endpoint requires token type to be a personal access token' });
      return send(200, this.entity(token));
    }
    if (method === 'GET' && path === '/personal_access_tokens') {
      return this.list(url, user, send);
    }
    const one = /^\/personal_access_tokens\/(\d+)(\/rotate)?$/.exec(path);
    if (one) {
      const target = this.tokens.find((candidate) => candidate.id === Number(one[1]));
      const visible = target && (user.is_admin || target.user_id === user.id);
      if (method === 'GET' && !one[2]) {
        if (!visible)
          return user.is_admin ? send(404, { message: '404 Not Found' }) : send(401, { message: '401 Unauthorized' });
        return send(200, this.entity(target));
      }
      if (method === 'DELETE' && !one[2]) {
        if (!target) return send(404, { message: '404 Not Found' });
        if (!visible) return send(400, { message: 'Not permitted to revoke' });
        target.revoked = true;
        return send(204);
      }
      if (method === 'POST' && one[2]) {
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
    const handled = this.resources.handle({
      method,
      path,
      url,
      body,
      user,
      isActive: (candidate) => this.active(candidate),
      send,
    });
    if (handled) return;
    // What a dashboard reads of a project (python-gitlab in test/presets/runs.ts).
    const project = /^\/projects\/([^/]+)(\/merge_requests|\/pipelines)?$/.exec(path);
    if (method === 'GET' && project) {
      const found = this.project(project[1] ?? '');
      if (!found) return send(404, { message: '404 Project Not Found' });
      if (project[2] === '/merge_requests')
        return send(200, [{ id: 501, iid: 1, project_id: found.id, title: 'Update dependency zod', state: 'opened' }]);
      if (project[2] === '/pipelines')
        return send(200, [{ id: 901, iid: 7, project_id: found.id, status: 'success', ref: found.default_branch }]);
      return send(200, found);
    }
    return send(404, { message: '404 Not Found' });
  }

  /** A project by numeric id or URL-encoded full path, as GitLab's `:id` accepts. */
  project(id: string): SimProject | undefined {
    const decoded = decodeURIComponent(id);
    return this.projects.find((project) => String(project.id) === decoded || project.path_with_namespace === decoded);
  }

  /** The token a Git or registry client sent as its password (any user name, as GitLab accepts). */
  tokenByValue(value: string): SimToken | undefined {
    const token = this.tokens.find((candidate) => candidate.value === value);
    return token && this.active(token) ? token : undefined;
  }

  /** Why GitLab refuses a fine-grained token this request, if it does (test/simulator/scope-rules.ts). */
  fineGrainedDenial(token: SimToken, method: string, path: string): string | undefined {
    const route = fineGrainedRouteFor(method, path);
    if (!route) return FINE_GRAINED_UNSUPPORTED;
    const project = this.project(/^\/projects\/([^/]+)/.exec(path)?.[1] ?? '')?.path_with_namespace;
    const held = holdsPermission(token.granular_scopes ?? [], route.permission, route.boundary, project);
    return held ? undefined : fineGrainedDenied(route.boundary, [route.permission]);
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
    return paginate(
      url,
      tokens.map((token) => this.entity(token)),
      send,
      this.omitTotals,
    );
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
