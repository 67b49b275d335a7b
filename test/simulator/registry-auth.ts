/**
 * GitLab's container registry token endpoint (`GET /jwt/auth`, app/controllers/jwt_controller.rb and
 * app/services/auth/container_registry_authentication_service.rb), for a real registry
 * (distribution's token auth) and real clients: Basic credentials with the token as password, a
 * JWT (RS256, the signing certificate in `x5c`) granting only the actions the token may take.
 */
import { createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeGitLabApi } from './api';
import { abilitiesOf, holdsPermission } from './scope-rules';

export interface RegistryAuth {
  /** The registry's `auth.token.service` and `issuer`; the registry trusts `certPem`. */
  service: string;
  issuer: string;
  keyPem: string;
  certPem: string;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function signJwt(auth: RegistryAuth, claims: Record<string, unknown>): string {
  const der = new X509Certificate(auth.certPem).raw.toString('base64');
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [der] }));
  const payload = base64url(JSON.stringify(claims));
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPrivateKey(auth.keyPem));
  return `${header}.${payload}.${base64url(signature)}`;
}

/** jwt_controller.rb: what a client gets without valid Basic credentials. */
const UNAUTHORIZED = {
  errors: [
    {
      code: 'UNAUTHORIZED',
      message:
        "HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you're required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped.",
    },
  ],
};

export function serveRegistryAuth(
  api: FakeGitLabApi,
  auth: RegistryAuth,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): void {
  const json = (status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const password = basic && Buffer.from(basic, 'base64').toString('utf8').split(':').slice(1).join(':');
  const token = password ? api.tokenByValue(password) : undefined;
  if (!token) {
    json(401, UNAUTHORIZED);
    return;
  }
  const abilities = abilitiesOf(token.scopes);
  // `has_registry_ability?`: a legacy token with no registry ability at all is refused outright.
  if (!token.granular && !abilities.has('read_container_image') && !abilities.has('create_container_image')) {
    json(403, { errors: [{ code: 'DENIED', message: 'access forbidden' }] });
    return;
  }

  const access = url.searchParams.getAll('scope').flatMap((scope) => {
    const [type, name = '', actions = ''] = scope.split(':');
    // An image path is the project's path, optionally with more segments (ContainerRegistry::Path).
    const project = api.projects.find(
      (candidate) => name === candidate.path_with_namespace || name.startsWith(`${candidate.path_with_namespace}/`),
    );
    if (type !== 'repository' || !project) return [];
    const allowed = actions.split(',').filter((action) => {
      if (token.granular) {
        // doc/auth/tokens/fine_grained_access_tokens_other.md: Container Repository: Read pulls;
        // "You cannot use fine-grained personal access tokens to push container images."
        return (
          action === 'pull' &&
          holdsPermission(
            token.granular_scopes ?? [],
            'read_container_repository',
            'project',
            project.path_with_namespace,
          )
        );
      }
      // `can_access?`: pull needs read_container_image, push create_container_image.
      if (action === 'pull') return abilities.has('read_container_image');
      if (action === 'push') return abilities.has('create_container_image');
      return false;
    });
    return allowed.length > 0 ? [{ type, name, actions: allowed }] : [];
  });
  const now = Math.floor(Date.now() / 1000);
  const user = api.users.find((candidate) => candidate.id === token.user_id);
  const jwt = signJwt(auth, {
    iss: auth.issuer,
    sub: user?.username,
    aud: url.searchParams.get('service') ?? auth.service,
    iat: now,
    nbf: now - 5,
    exp: now + 300,
    jti: randomUUID(),
    access,
  });
  json(200, { token: jwt, access_token: jwt, expires_in: 300 });
}
