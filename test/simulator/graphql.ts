import { FAKE_CREATED_TOKEN } from './pages';
import { SIMULATED_NAMESPACES, SIMULATED_PERMISSIONS } from './permissions';
import type { GranularScope, Submission } from './server';

/** GitLab's GraphQL endpoint, as far as the fine-grained form uses it (catalog query and create mutation). */
export function answerGraphql(
  raw: string,
  path: string,
  sentToken: unknown,
  csrfToken: string,
  submissions: Submission[],
) {
  const body = JSON.parse(raw) as { operationName?: string; variables?: { input?: Record<string, unknown> } };
  if (body.operationName === 'getAccessTokenPermissions') {
    return {
      status: 200,
      body: {
        data: {
          accessTokenPermissions: SIMULATED_PERMISSIONS.map((permission) => ({
            ...permission,
            __typename: 'AccessTokenPermission',
          })),
        },
      },
    };
  }
  if (body.operationName === 'getUserGroupsAndProjects') {
    const search = String((body.variables as { search?: unknown } | undefined)?.search ?? '').toLowerCase();
    const of = (type: string) =>
      SIMULATED_NAMESPACES.filter((item) => item.__typename === type && item.fullPath.includes(search)).map((item) => ({
        ...item,
        name: item.fullPath.split('/').pop(),
      }));
    return {
      status: 200,
      body: {
        data: {
          projects: { nodes: of('Project'), __typename: 'ProjectConnection' },
          user: {
            id: 'gid://gitlab/User/1',
            groups: { nodes: of('Group'), __typename: 'GroupConnection' },
            __typename: 'CurrentUser',
          },
        },
      },
    };
  }
  if (body.operationName !== 'createGranularPersonalAccessToken')
    return { status: 200, body: { errors: [{ message: `Unknown operation ${body.operationName}` }] } };
  if (sentToken !== csrfToken) return { status: 403, body: { errors: [{ message: 'Invalid CSRF token' }] } };
  const input = body.variables?.input ?? {};
  const invalid = invalidInput(input);
  if (invalid) {
    return {
      status: 200,
      body: {
        errors: [
          {
            message: `Variable $input of type PersonalAccessTokenCreateInput! was provided invalid value for ${invalid}`,
          },
        ],
      },
    };
  }
  submissions.push({
    variant: 'v19-granular',
    path,
    contentType: 'application/json',
    name: input.name as string,
    description: input.description as string,
    expires_at: input.expiresAt as string | null,
    scopes: [],
    granularScopes: input.granularScopes as GranularScope[],
    sudo: input.sudo as boolean,
    raw,
  });
  return {
    status: 200,
    body: {
      data: {
        personalAccessTokenCreate: {
          token: FAKE_CREATED_TOKEN,
          errors: [],
          __typename: 'PersonalAccessTokenCreatePayload',
        },
      },
    },
  };
}

const ACCESS = new Set(['PERSONAL_PROJECTS', 'ALL_MEMBERSHIPS', 'SELECTED_MEMBERSHIPS', 'USER', 'INSTANCE']);
const GLOBAL_ID = /^gid:\/\/gitlab\/(?:Group|Project)\/\d+$/;
const PERMISSIONS = new Set(SIMULATED_PERMISSIONS.map((permission) => permission.name));

/**
 * What GraphQL's type checks refuse before the mutation runs: the access enum, GlobalIDs, an
 * ISO 8601 date (Ruby's `Date.iso8601`, which takes the date part of an instant) and permission
 * names the catalog has. Returns the offending field's path.
 */
function invalidInput(input: Record<string, unknown>): string | undefined {
  if (typeof input.name !== 'string') return 'name';
  if (input.expiresAt !== null && input.expiresAt !== undefined) {
    if (
      typeof input.expiresAt !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2}))?$/.test(input.expiresAt)
    )
      return 'expiresAt (ISO8601Date)';
  }
  if (!Array.isArray(input.granularScopes)) return 'granularScopes';
  for (const [index, scope] of (input.granularScopes as Partial<GranularScope>[]).entries()) {
    if (!ACCESS.has(String(scope.access))) return `granularScopes.${index}.access (GranularScopeAccess)`;
    if ((scope.resourceIds ?? []).some((id) => !GLOBAL_ID.test(String(id))))
      return `granularScopes.${index}.resourceIds (GlobalID)`;
    if (!Array.isArray(scope.permissions) || scope.permissions.some((name) => !PERMISSIONS.has(name)))
      return `granularScopes.${index}.permissions`;
  }
  return undefined;
}
