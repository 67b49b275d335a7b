import type { ApiProblem } from './api/errors';
import type { ApiResourceToken, ApiToken } from './api/schemas';

/**
 * What the token cache holds (stored by browser/token-cache.ts). No API client here: the popup paints from
 * the cache before it loads the client (and zod) to refresh (browser/refresh.ts).
 */

/**
 * What Scopewise keeps of a token: the listed fields, picked one by one so that a secret (the
 * `token` of a rotate response, or any field GitLab may add) can never reach the cache.
 */
export interface CachedToken {
  id: number;
  name: string;
  description: string | null;
  revoked: boolean;
  active: boolean;
  scopes: string[];
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  last_used_ips: string[];
  granular: boolean;
  /** Fine-grained tokens: the permissions and access choices of their `granular_scopes` (absent in older caches). */
  granularPermissions?: string[];
  granularAccess?: string[];
  /** Project and group access tokens: whose they are (absent on personal tokens). */
  owner?: TokenOwner;
  /** Project and group access tokens: the token's role, as GitLab's `access_level` number. */
  accessLevel?: number;
}

/** The project or group a token belongs to, as the popup shows and links it. */
export interface TokenOwner {
  kind: 'project' | 'group';
  id: number;
  /** `acme/widgets` or `acme/platform`: links are built from it and the instance's base, never from GitLab's `web_url`. */
  path: string;
  archived?: boolean;
  pendingDeletion?: boolean;
}

export type TokenKind = 'personal' | TokenOwner['kind'];
export const kindOf = (token: Pick<CachedToken, 'owner'>): TokenKind => token.owner?.kind ?? 'personal';

/**
 * A project or group whose tokens could not be read at the last refresh, and why, as data: the
 * popup words it in the language it shows. No `problem`: the error was not the API's.
 */
export interface ResourceFailure {
  owner: TokenOwner;
  problem?: ApiProblem;
}

/**
 * What Scopewise reads of `granular_scopes`, whose item shape GitLab does not document for
 * personal tokens: `permissions` (strings) and `access`, wherever they are present; anything else
 * is left out.
 */
function fineGrainedFacts(
  scopes: readonly unknown[] | undefined,
): Pick<CachedToken, 'granularPermissions' | 'granularAccess'> {
  const permissions = new Set<string>();
  const access = new Set<string>();
  for (const scope of scopes ?? []) {
    if (typeof scope !== 'object' || scope === null) continue;
    const item = scope as { permissions?: unknown; access?: unknown };
    if (Array.isArray(item.permissions))
      for (const name of item.permissions) if (typeof name === 'string') permissions.add(name);
    if (typeof item.access === 'string') access.add(item.access);
  }
  return { granularPermissions: [...permissions], granularAccess: [...access] };
}

export function toCachedToken(token: ApiToken | ApiResourceToken, owner?: TokenOwner): CachedToken {
  return {
    id: token.id,
    name: token.name,
    description: token.description ?? null,
    revoked: token.revoked,
    active: token.active,
    scopes: [...token.scopes],
    created_at: token.created_at,
    last_used_at: token.last_used_at ?? null,
    expires_at: token.expires_at,
    last_used_ips: [...(token.last_used_ips ?? [])],
    granular: token.granular ?? false,
    ...(token.granular ? fineGrainedFacts(token.granular_scopes) : {}),
    ...(owner && typeof token.access_level === 'number'
      ? { owner: { ...owner }, accessLevel: token.access_level }
      : {}),
  };
}

export interface InstanceCache {
  fetchedAt: string;
  userId: number;
  username: string;
  version?: string;
  tokens: CachedToken[];
  /** GitLab listed more than Scopewise reads (`MAX_PAGES`): the list shows the first 10,000. */
  truncated?: boolean;
  /**
   * Project and group access tokens: how many projects and groups were checked, and which failed;
   * `unlisted`: they could not be listed at all, and why (as a failure's `problem`). A cache from
   * before kept English sentences (`failed`, a failure's `message`): they are not shown, and the
   * popup's refresh on opening replaces them.
   */
  resources?: {
    checked: number;
    failures: ResourceFailure[];
    unlisted?: { problem?: ApiProblem };
    truncated?: boolean;
  };
}

/**
 * The next cache with every token that did not change kept as the same object as before, so a
 * refresh re-renders only the rows whose token changed (rows are memoised by identity).
 */
export function reconcile(previous: readonly CachedToken[] | undefined, next: CachedToken[]): CachedToken[] {
  if (!previous) return next;
  const before = new Map(previous.map((token) => [token.id, token]));
  return next.map((token) => {
    const old = before.get(token.id);
    return old && JSON.stringify(old) === JSON.stringify(token) ? old : token;
  });
}
