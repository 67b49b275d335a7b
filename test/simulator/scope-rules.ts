/**
 * GitLab's rules for what a token may do, as the simulator enforces them (test/simulator/api.ts,
 * git-http.ts, registry-auth.ts) and as the unit tests judge the presets by
 * (../shared/reference/gitlab-pat-facts.md §1.1–1.2, checked in gitlabhq/gitlabhq). Legacy tokens
 * are judged by their scopes, fine-grained ones by their permissions per boundary.
 */

/** What Git over HTTP and the registry's token endpoint check (lib/gitlab/auth.rb, abilities). */
export type Ability = 'download_code' | 'push_code' | 'read_container_image' | 'create_container_image';

/**
 * lib/gitlab/auth.rb `abilities_for_scopes`: `api` gets `full_authentication_abilities`, `read_api`
 * `read_only_authentication_abilities` (read_project, download_code, read_container_image: so a
 * read_api token also clones and pulls images, which pat-facts marks [I]/[U] and the source shows),
 * `write_repository` both Git abilities, `write_registry` push only (never pull). Other scopes, such
 * as `read_user`, get no Git or registry ability at all.
 */
const ABILITIES_BY_SCOPE: Readonly<Record<string, readonly Ability[]>> = {
  api: ['download_code', 'push_code', 'read_container_image', 'create_container_image'],
  read_api: ['download_code', 'read_container_image'],
  read_repository: ['download_code'],
  write_repository: ['download_code', 'push_code'],
  read_registry: ['read_container_image'],
  write_registry: ['create_container_image'],
};

export function abilitiesOf(scopes: readonly string[]): Set<Ability> {
  return new Set(scopes.flatMap((scope) => ABILITIES_BY_SCOPE[scope] ?? []));
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The scopes GitLab's REST API accepts for a request (path after /api/v4), or `undefined` for the
 * endpoints any scope may call:
 * - lib/api/api.rb: `allow_access_with_scope :api` for every route, and `:read_api` if the request
 *   is GET or HEAD;
 * - lib/api/users.rb: `allow_access_with_scope :read_user, if: GET or HEAD` on `/user` and `/users`;
 * - lib/api/metadata.rb (and the deprecated `/version`): `read_user` and `ai_features` too;
 * - lib/api/personal_access_tokens/self_information.rb: any scope for `GET`/`DELETE …/self`
 *   (and `GET …/self/associations`);
 * - lib/api/personal_access_tokens/self_rotation.rb: `self_rotate` for `POST …/self/rotate`.
 * Whatever else is needed is enforced by lib/api/api_guard.rb, which answers 403 insufficient_scope.
 */
export function apiScopesFor(method: string, path: string): string[] | undefined {
  if (
    /^\/personal_access_tokens\/self(\/associations)?$/.test(path) &&
    (READ_METHODS.has(method) || method === 'DELETE')
  )
    return undefined;
  const scopes = ['api'];
  if (READ_METHODS.has(method)) scopes.push('read_api');
  if (READ_METHODS.has(method) && /^\/users?(\/|$)/.test(path)) scopes.push('read_user');
  if (READ_METHODS.has(method) && (path === '/metadata' || path === '/version'))
    scopes.push('read_user', 'ai_features');
  if (method === 'POST' && path === '/personal_access_tokens/self/rotate') scopes.push('self_rotate');
  return scopes;
}

/** lib/api/api_guard.rb `InsufficientScopeError`: GitLab's 403 body (pat-facts §2.4, as observed in issue 520392). */
export function insufficientScopeBody(allowed: readonly string[]) {
  return {
    error: 'insufficient_scope',
    error_description: 'The request requires higher privileges than provided by the access token.',
    scope: allowed.join(' '),
  };
}

/**
 * What a set of scopes lets a token do, as comparable facts: its Git and registry abilities, and the
 * API requests it may make. A scope is redundant in a set when the others already grant all of it.
 */
function grantsOf(scopes: readonly string[]): Set<string> {
  const grants = new Set<string>(abilitiesOf(scopes));
  for (const scope of scopes) {
    if (scope === 'api') grants.add('api:write');
    if (scope === 'api' || scope === 'read_api') grants.add('api:read');
    if (scope === 'api' || scope === 'read_api' || scope === 'read_user') grants.add('api:read-user');
    // Every other scope grants something of its own (k8s_proxy: the KAS proxy; self_rotate: its endpoint).
    if (!(scope in ABILITIES_BY_SCOPE) && !['api', 'read_api', 'read_user'].includes(scope))
      grants.add(`scope:${scope}`);
  }
  return grants;
}

/** The scopes of a set that GitLab's rules make redundant next to the others (e.g. read_user next to read_api). */
export function redundantScopes(scopes: readonly string[]): string[] {
  return scopes.filter((scope) => {
    const others = grantsOf(scopes.filter((other) => other !== scope));
    return [...grantsOf([scope])].every((grant) => others.has(grant));
  });
}

/** Fine-grained boundaries a permission is checked in (config/authz `boundaries`). */
export type Boundary = 'project' | 'user';

/**
 * The fine-grained permission each simulated route needs, from GitLab's generated
 * doc/auth/tokens/fine_grained_access_tokens_rest.md (built from each route's
 * `route_setting :authorization, permissions:, boundary_type:`) and …_other.md (Git over HTTP and
 * the container registry). A route not listed has no such setting: GitLab refuses fine-grained
 * tokens there (app/services/authz/tokens/authorize_granular_scopes_service.rb, missing inputs).
 */
const FINE_GRAINED_ROUTES: ReadonlyArray<{ method: string; path: RegExp; permission: string; boundary: Boundary }> = [
  { method: 'GET', path: /^\/user$/, permission: 'read_user', boundary: 'user' },
  { method: 'GET', path: /^\/projects\/[^/]+$/, permission: 'read_project', boundary: 'project' },
  { method: 'GET', path: /^\/projects\/[^/]+\/merge_requests$/, permission: 'read_merge_request', boundary: 'project' },
  { method: 'GET', path: /^\/projects\/[^/]+\/pipelines$/, permission: 'read_pipeline', boundary: 'project' },
  {
    method: 'GET',
    path: /^\/personal_access_tokens(\/self|\/\d+)?$/,
    permission: 'read_personal_access_token',
    boundary: 'user',
  },
  {
    method: 'DELETE',
    path: /^\/personal_access_tokens\/(self|\d+)$/,
    permission: 'revoke_personal_access_token',
    boundary: 'user',
  },
  {
    method: 'POST',
    path: /^\/personal_access_tokens\/(self|\d+)\/rotate$/,
    permission: 'rotate_personal_access_token',
    boundary: 'user',
  },
];

export function fineGrainedRouteFor(method: string, path: string) {
  const wanted = method === 'HEAD' ? 'GET' : method;
  return FINE_GRAINED_ROUTES.find((route) => route.method === wanted && route.path.test(path));
}

/** `download_code` → `Code: Download`, as GitLab names a permission in its errors (resource name: action). */
function permissionLabel(permission: string): string {
  const [action = '', ...resource] = permission.split('_');
  const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return `${resource.map(title).join(' ')}: ${title(action)}`;
}

/** authorize_granular_scopes_service.rb `access_denied_error`: the sentence GitLab writes for a missing permission. */
export function fineGrainedDenied(boundary: Boundary, missing: readonly string[]): string {
  const permissions = [...new Set(missing.map(permissionLabel))].sort().join(', ');
  return `Access denied: This operation requires a fine-grained personal access token with the following ${boundary} permissions: [${permissions}].`;
}

/** authorize_granular_scopes_service.rb `missing_inputs_error`: a route with no fine-grained permission. */
export const FINE_GRAINED_UNSUPPORTED =
  "Access denied: This operation doesn't support fine-grained personal access tokens.";

/** A fine-grained token's grant, as the simulator stores it (`granular_scopes` of the token API). */
export interface GranularGrant {
  access: string;
  permissions: string[];
  /** The project (full path) a `SELECTED_MEMBERSHIPS` grant was given for. */
  project?: string;
}

/**
 * Whether a fine-grained token holds `permission` in `boundary`: the User boundary is its `USER`
 * grant; a project is reached by a grant for that project, or by all memberships (the simulated user
 * is a member of every simulated project).
 */
export function holdsPermission(
  grants: readonly GranularGrant[],
  permission: string,
  boundary: Boundary,
  project?: string,
): boolean {
  return grants.some(
    (grant) =>
      grant.permissions.includes(permission) &&
      (boundary === 'user'
        ? grant.access === 'USER'
        : grant.access === 'ALL_MEMBERSHIPS' || (grant.access === 'SELECTED_MEMBERSHIPS' && grant.project === project)),
  );
}
