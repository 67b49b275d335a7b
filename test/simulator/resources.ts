/**
 * Projects, groups and their access tokens, as GitLab's REST API serves them (doc/api/projects.md,
 * groups.md, project_access_tokens.md, group_access_tokens.md): `min_access_level` filters,
 * offset pagination with GitLab's headers, `access_level` numbers, 403 for a role too low to list
 * tokens (Maintainer for projects, Owner for groups), 404 for a project or group that is gone.
 */
import type { SimToken, SimUser } from './api';

export interface SimProject {
  id: number;
  path_with_namespace: string;
  archived?: boolean;
  marked_for_deletion_on?: string | null;
  /** user id → access level (10 Guest … 50 Owner). */
  members: Record<number, number>;
}

export interface SimGroup {
  id: number;
  full_path: string;
  marked_for_deletion_on?: string | null;
  members: Record<number, number>;
}

export interface SimResourceToken extends SimToken {
  resource_type: 'project' | 'group';
  resource_id: number;
  access_level: number;
}

type Send = (status: number, payload?: unknown, headers?: Record<string, string>) => void;

/** GitLab's offset pagination (doc/api/rest/index.md "Pagination"): per_page ≤ 100, totals unless omitted. */
export function paginate(url: URL, items: readonly unknown[], send: Send, omitTotals = false): void {
  const params = url.searchParams;
  const perPage = Math.min(100, Math.max(1, Number(params.get('per_page') ?? 20)));
  const page = Math.max(1, Number(params.get('page') ?? 1));
  const total = items.length;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string) => {
    const next = new URL(url);
    next.searchParams.set('page', String(p));
    return `<${next.href}>; rel="${rel}"`;
  };
  const links = [
    page > 1 ? link(page - 1, 'prev') : '',
    page < totalPages ? link(page + 1, 'next') : '',
    link(1, 'first'),
    omitTotals ? '' : link(totalPages, 'last'),
  ].filter(Boolean);
  const headers: Record<string, string> = {
    'X-Page': String(page),
    'X-Per-Page': String(perPage),
    'X-Next-Page': page < totalPages ? String(page + 1) : '',
    'X-Prev-Page': page > 1 ? String(page - 1) : '',
    Link: links.join(', '),
  };
  if (!omitTotals) {
    headers['X-Total'] = String(total);
    headers['X-Total-Pages'] = String(totalPages);
  }
  send(200, slice, headers);
}

const MAINTAINER = 40;
const OWNER = 50;

export class SimResources {
  projects: SimProject[] = [];
  groups: SimGroup[] = [];
  tokens: SimResourceToken[] = [];
  private nextId = 5000;
  private rotations = 0;

  reset(): void {
    this.projects = [];
    this.groups = [];
    this.tokens = [];
  }

  addProject(project: Omit<SimProject, 'id'> & { id?: number }): SimProject {
    const full = { id: project.id ?? this.nextId++, ...project };
    this.projects.push(full);
    return full;
  }

  addGroup(group: Omit<SimGroup, 'id'> & { id?: number }): SimGroup {
    const full = { id: group.id ?? this.nextId++, ...group };
    this.groups.push(full);
    return full;
  }

  addToken(
    token: Omit<SimResourceToken, 'id' | 'value' | 'user_id' | 'revoked' | 'last_used_ips'> & Partial<SimToken>,
  ) {
    const id = token.id ?? this.nextId++;
    const full: SimResourceToken = {
      revoked: false,
      last_used_ips: [],
      value: `glpat-FAKE-bot-${id}`,
      // Each project or group token belongs to its own bot user.
      user_id: 100_000 + id,
      ...token,
      id,
    };
    this.tokens.push(full);
    return full;
  }

  private webUrl(kind: 'project' | 'group', path: string): string {
    return `https://gitlab.com/${kind === 'group' ? 'groups/' : ''}${path}`;
  }

  entity(token: SimResourceToken, active: boolean) {
    const { value: _secret, previous_id: _previous, resource_type, resource_id, ...rest } = token;
    return { ...rest, resource_type, resource_id, active, expired: !active && !token.revoked };
  }

  /** Answers the projects, groups and access-token routes; false when the path is not one of them. */
  handle(options: {
    method: string;
    path: string;
    url: URL;
    body: string;
    user: SimUser;
    isActive: (token: SimToken) => boolean;
    send: Send;
  }): boolean {
    // Scopes are checked before any route, for every endpoint alike (scope-rules.ts).
    const { method, path, url, body, user, isActive, send } = options;
    const minLevel = Number(url.searchParams.get('min_access_level') ?? 0);
    if (method === 'GET' && path === '/projects') {
      const mine = this.projects.filter((project) => (project.members[user.id] ?? 0) >= Math.max(minLevel, 10));
      paginate(
        url,
        mine.map((project) => ({
          id: project.id,
          name: project.path_with_namespace.split('/').at(-1),
          path_with_namespace: project.path_with_namespace,
          web_url: this.webUrl('project', project.path_with_namespace),
          archived: project.archived ?? false,
          marked_for_deletion_on: project.marked_for_deletion_on ?? null,
        })),
        send,
      );
      return true;
    }
    if (method === 'GET' && path === '/groups') {
      const mine = this.groups.filter((group) => (group.members[user.id] ?? 0) >= Math.max(minLevel, 10));
      paginate(
        url,
        mine.map((group) => ({
          id: group.id,
          full_path: group.full_path,
          web_url: this.webUrl('group', group.full_path),
          marked_for_deletion_on: group.marked_for_deletion_on ?? null,
        })),
        send,
      );
      return true;
    }
    const match = /^\/(projects|groups)\/(\d+)\/access_tokens(?:\/(\d+)(\/rotate)?)?$/.exec(path);
    if (!match) return false;
    const kind = match[1] === 'projects' ? 'project' : 'group';
    const resource =
      kind === 'project'
        ? this.projects.find((project) => project.id === Number(match[2]))
        : this.groups.find((group) => group.id === Number(match[2]));
    if (!resource) {
      send(404, { message: `404 ${kind === 'project' ? 'Project' : 'Group'} Not Found` });
      return true;
    }
    if ((resource.members[user.id] ?? 0) < (kind === 'project' ? MAINTAINER : OWNER)) {
      send(403, { message: '403 Forbidden' });
      return true;
    }
    const own = this.tokens.filter((token) => token.resource_type === kind && token.resource_id === resource.id);
    if (method === 'GET' && !match[3]) {
      const state = url.searchParams.get('state');
      const listed = own.filter((token) =>
        state === 'active' ? isActive(token) : state === 'inactive' ? !isActive(token) : true,
      );
      paginate(
        url,
        listed.map((token) => this.entity(token, isActive(token))),
        send,
      );
      return true;
    }
    const target = own.find((token) => token.id === Number(match[3]));
    if (!target) {
      send(404, { message: '404 Not Found' });
      return true;
    }
    if (method === 'DELETE' && !match[4]) {
      target.revoked = true;
      send(204);
      return true;
    }
    if (method === 'POST' && match[4]) {
      if (target.revoked) {
        send(400, { message: 'Token already revoked' });
        return true;
      }
      const requested = (JSON.parse(body || '{}') as { expires_at?: string }).expires_at;
      target.revoked = true;
      const rotated = this.addToken({
        name: target.name,
        description: target.description,
        scopes: [...target.scopes],
        created_at: new Date().toISOString(),
        last_used_at: null,
        expires_at: requested ?? new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        resource_type: target.resource_type,
        resource_id: target.resource_id,
        access_level: target.access_level,
        value: `glpat-FAKE-bot-rotated-${++this.rotations}`,
        previous_id: target.id,
      });
      send(200, { ...this.entity(rotated, true), token: rotated.value });
      return true;
    }
    send(405, { message: '405 Method Not Allowed' });
    return true;
  }
}

/**
 * Alice (user 1) maintains two projects and owns one group; bob's project and a group where alice
 * is only Maintainer are not hers to list. Their tokens cover each bot-token warning.
 */
export function seedMaintainedResources(resources: SimResources, now = new Date()): void {
  const DAY = 86_400_000;
  const date = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
  const time = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString();
  const widgets = resources.addProject({ id: 10, path_with_namespace: 'acme/widgets', members: { 1: 40 } });
  const legacy = resources.addProject({
    id: 11,
    path_with_namespace: 'acme/legacy-site',
    archived: true,
    marked_for_deletion_on: date(5),
    members: { 1: 50 },
  });
  resources.addProject({ id: 12, path_with_namespace: 'bob/private', members: { 2: 50 } });
  const platform = resources.addGroup({ id: 20, full_path: 'acme/platform', members: { 1: 50 } });
  resources.addGroup({ id: 21, full_path: 'acme/design', members: { 1: 40 } });
  const token = (
    owner: { kind: 'project' | 'group'; id: number },
    fields: Partial<SimResourceToken> & Pick<SimResourceToken, 'name' | 'scopes' | 'access_level'>,
  ) =>
    resources.addToken({
      description: null,
      created_at: time(-60),
      last_used_at: time(-1),
      expires_at: date(80),
      resource_type: owner.kind,
      resource_id: owner.id,
      ...fields,
    });
  token(
    { kind: 'project', id: widgets.id },
    { name: 'Renovate bot', scopes: ['api', 'write_repository'], access_level: 30, expires_at: date(4) },
  );
  token({ kind: 'project', id: widgets.id }, { name: 'Metrics reader', scopes: ['read_api'], access_level: 40 });
  token(
    { kind: 'project', id: legacy.id },
    { name: 'Mirror', scopes: ['read_repository'], access_level: 20, last_used_at: null, created_at: time(-30) },
  );
  token(
    { kind: 'group', id: platform.id },
    { name: 'Release bot', scopes: ['api'], access_level: 50, expires_at: date(20) },
  );
  token({ kind: 'group', id: 21 }, { name: 'Design sync', scopes: ['read_api'], access_level: 20 });
}
