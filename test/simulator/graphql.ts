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
      body: { data: { accessTokenPermissions: SIMULATED_PERMISSIONS, namespaces: SIMULATED_NAMESPACES } },
    };
  }
  if (body.operationName !== 'createGranularPersonalAccessToken')
    return { status: 200, body: { errors: [{ message: `Unknown operation ${body.operationName}` }] } };
  if (sentToken !== csrfToken) return { status: 403, body: { errors: [{ message: 'Invalid CSRF token' }] } };
  const input = body.variables?.input ?? {};
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
