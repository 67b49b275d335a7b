/**
 * Git over HTTP as GitLab serves it, for real Git clients: GitLab's authentication and access
 * checks in front, Git's own `git http-backend` (CGI) behind, on bare repositories under `root`
 * (`<root>/<group>/<project>.git`). Any user name works; the password is the token
 * (lib/gitlab/auth.rb `find_for_git_client` → `personal_access_token_check`).
 */
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeGitLabApi } from './api';
import { abilitiesOf, fineGrainedDenied, holdsPermission } from './scope-rules';

/** `/acme/widgets.git/info/refs`, `…/git-upload-pack`, `…/git-receive-pack` (optionally under /gitlab). */
export const GIT_HTTP_PATH = /^(?:\/gitlab)?\/(.+?)\.git\/(info\/refs|git-upload-pack|git-receive-pack)$/;

/** What app/controllers/repositories/git_http_client_controller.rb answers without valid credentials. */
const ACCESS_DENIED =
  "HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you're required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped.";

/** lib/gitlab/git_access.rb ERROR_MESSAGES for a token without the ability (`check_authentication_abilities!`). */
const NOT_ALLOWED = {
  download_code: 'You are not allowed to download code.',
  push_code: 'You are not allowed to upload code.',
};

function basicPassword(request: IncomingMessage): { user: string; password: string } | undefined {
  const match = /^Basic (.+)$/.exec(request.headers.authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export async function serveGitHttp(
  api: FakeGitLabApi,
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const [, projectPath = '', action = ''] = GIT_HTTP_PATH.exec(url.pathname) ?? [];
  const push = action === 'git-receive-pack' || url.searchParams.get('service') === 'git-receive-pack';
  const text = (status: number, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    response.end(body);
  };
  const credentials = basicPassword(request);
  const token = credentials && api.tokenByValue(credentials.password);
  if (!credentials || !token) return text(401, ACCESS_DENIED, { 'WWW-Authenticate': 'Basic realm="GitLab"' });
  if (!api.project(projectPath)) return text(404, 'The project you were looking for could not be found.');

  const needed = push ? 'push_code' : 'download_code';
  if (token.granular) {
    // doc/auth/tokens/fine_grained_access_tokens_other.md: Code: Download to clone or pull, Code: Push
    // to push, in the project's boundary (the denial sentence is authorize_granular_scopes_service.rb's).
    if (!holdsPermission(token.granular_scopes ?? [], needed, 'project', projectPath))
      return text(403, fineGrainedDenied('project', [needed]));
  } else if (!abilitiesOf(token.scopes).has(needed)) {
    return text(403, NOT_ALLOWED[needed]);
  }

  const backend = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: `/${projectPath}.git/${action}`,
      REQUEST_METHOD: request.method ?? 'GET',
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      // git http-backend serves receive-pack only to an authenticated user.
      REMOTE_USER: credentials.user || 'token',
      REMOTE_ADDR: '127.0.0.1',
      ...(request.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] } : {}),
      ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: String(request.headers['git-protocol']) } : {}),
    },
  });
  request.pipe(backend.stdin);
  const chunks: Buffer[] = [];
  backend.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const exit = new Promise<number | null>((resolve) => backend.on('close', resolve));
  const stderr: Buffer[] = [];
  backend.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const code = await exit;
  const output = Buffer.concat(chunks);
  const end = output.indexOf('\r\n\r\n') >= 0 ? output.indexOf('\r\n\r\n') : output.indexOf('\n\n');
  if (code !== 0 || end < 0) return text(500, `git http-backend failed: ${Buffer.concat(stderr).toString()}`);
  const headers: Record<string, string> = {};
  let status = 200;
  for (const line of output.subarray(0, end).toString().split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
    else if (name) headers[name] = value;
  }
  response.writeHead(status, headers);
  response.end(output.subarray(end + (output[end] === 13 ? 4 : 2)));
}
