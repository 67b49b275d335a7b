/**
 * The GitLab simulator: a local HTTPS server (self-signed certificate made at start) serving
 * faithful token pages at GitLab's real paths and recording what their forms submit. End-to-end
 * tests point Chromium's `gitlab.com` at it, so the production build runs unmodified.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { FakeGitLabApi } from './api';
import { ICON_SPRITE_PATH, simulatorClientBundle } from './client-bundle';
import { GIT_HTTP_PATH, serveGitHttp } from './git-http';
import { answerGraphql } from './graphql';
import { FAKE_CREATED_TOKEN, type Prefill, type Variant, type VariantId, variantsForPath } from './pages';
import { type RegistryAuth, serveRegistryAuth } from './registry-auth';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** What a token form sent, normalised across HAML (form fields) and Vue (JSON) variants. */
export interface Submission {
  variant: VariantId;
  path: string;
  contentType: string;
  name?: string;
  description?: string;
  expires_at?: string | null;
  scopes: string[];
  access_level?: string;
  /** Fine-grained form: the GraphQL input's `granularScopes` and `sudo`. */
  granularScopes?: GranularScope[];
  sudo?: boolean;
  /** The raw body as received. */
  raw: string;
}

export interface GranularScope {
  access: string;
  resourceIds?: string[];
  permissions: string[];
}

export interface Simulator {
  port: number;
  /** The server's certificate (PEM), for clients that verify it (Git, python-gitlab, skopeo). */
  certPem: string;
  /** `https://127.0.0.1:PORT`, for direct requests; browsers reach it as https://gitlab.com. */
  url: string;
  csrfToken: string;
  submissions: Submission[];
  /** Requests the simulator served, by path (for asserting nothing was fetched). */
  requests: string[];
  /** The REST API (`/api/v4/…`), with its users, tokens and sessions. */
  api: FakeGitLabApi;
  close(): Promise<void>;
}

/** Static assets; the bundled page script (`/assets/simulator.js`) is added at start. */
const ASSETS: Record<string, { file: string; type: string }> = {
  // GitLab's datepicker is Pikaday: its stylesheet, as GitLab bundles it.
  '/assets/pikaday.css': { file: join(root, 'node_modules/pikaday/css/pikaday.css'), type: 'text/css' },
  '/assets/gitlab-sim.css': { file: join(here, 'client/gitlab-sim.css'), type: 'text/css' },
  [ICON_SPRITE_PATH]: { file: join(root, 'node_modules/@gitlab/svgs/dist/icons.svg'), type: 'image/svg+xml' },
};

function cookies(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    (request.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0]))
      .map(([key, value]) => [key, decodeURIComponent(value)]),
  );
}

function pickVariant(path: string, request: IncomingMessage): Variant | undefined {
  const candidates = variantsForPath(path);
  const wanted = cookies(request).sim_variant;
  return candidates.find((variant) => variant.id === wanted) ?? candidates[0];
}

/** GitLab's controller prefill: `name`, `scopes` (comma list), `description`; personal pages only. */
function prefillFrom(url: URL, variant: Variant): Prefill {
  if (variant.id === 'project' || variant.id === 'group' || variant.id.startsWith('v19-index')) return {};
  const scopes = (url.searchParams.get('scopes') ?? '')
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
  return {
    name: url.searchParams.get('name') ?? undefined,
    description:
      variant.id === 'v14' || variant.id === 'v15' ? undefined : (url.searchParams.get('description') ?? undefined),
    scopes,
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function normalise(variant: Variant, path: string, contentType: string, raw: string): Submission {
  if (contentType.includes('application/json')) {
    const body = JSON.parse(raw) as Record<string, unknown>;
    return {
      variant: variant.id,
      path,
      contentType,
      name: body.name as string,
      description: body.description as string,
      expires_at: body.expires_at as string | null,
      scopes: (body.scopes as string[]) ?? [],
      raw,
    };
  }
  const form = new URLSearchParams(raw);
  const prefix = variant.id === 'project' || variant.id === 'group' ? 'resource_access_token' : 'personal_access_token';
  return {
    variant: variant.id,
    path,
    contentType,
    name: form.get(`${prefix}[name]`) ?? undefined,
    description: form.get(`${prefix}[description]`) ?? undefined,
    expires_at: form.get(`${prefix}[expires_at]`),
    scopes: form.getAll(`${prefix}[scopes][]`),
    access_level: form.get(`${prefix}[access_level]`) ?? undefined,
    raw,
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  response.end(body);
}

export interface SimulatorOptions {
  port?: number;
  /** The clock the pages use for their date bounds (default: now). */
  now?: () => Date;
  /** Serve Git over HTTP from the bare repositories under this directory (`<group>/<project>.git`). */
  gitRoot?: string;
  /** Serve the container registry's token endpoint, `/jwt/auth`. */
  registryAuth?: RegistryAuth;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const pems = await generate([{ name: 'commonName', value: 'gitlab.com' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    // Browsers reach it as gitlab.com; Git, python-gitlab and skopeo verify it as 127.0.0.1.
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'gitlab.com' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const csrfToken = randomBytes(24).toString('base64');
  const submissions: Submission[] = [];
  const requests: string[] = [];
  const now = options.now ?? (() => new Date());
  const api = new FakeGitLabApi(() => csrfToken);
  const assets: typeof ASSETS = {
    ...ASSETS,
    '/assets/simulator.js': { file: join(await simulatorClientBundle(), 'main.js'), type: 'text/javascript' },
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'https://gitlab.com');
    const path = url.pathname;
    requests.push(path);
    const asset = assets[path];
    if (asset) return send(response, 200, asset.type, await readFile(asset.file));
    if (path === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (options.gitRoot && GIT_HTTP_PATH.test(path)) return serveGitHttp(api, options.gitRoot, request, response, url);
    if (options.registryAuth && request.method === 'GET' && path === '/jwt/auth')
      return serveRegistryAuth(api, options.registryAuth, request, response, url);
    if (request.method === 'POST' && /^(?:\/gitlab)?\/api\/graphql$/.test(path)) {
      const result = answerGraphql(
        await readBody(request),
        path,
        request.headers['x-csrf-token'],
        csrfToken,
        submissions,
      );
      return send(response, result.status, 'application/json', JSON.stringify(result.body));
    }
    if (/^(?:\/gitlab)?\/api\/v4\//.test(path)) return api.handle(request, response, url, await readBody(request));
    if (path === '/help' || path === '/gitlab/help') {
      // Any GitLab page carries the session's CSRF token; a signed-out visitor gets none.
      const sid = cookies(request)._gitlab_session;
      const meta = sid && api.sessions.has(sid) ? `<meta name="csrf-token" content="${csrfToken}">` : '';
      return send(
        response,
        200,
        'text/html',
        `<!DOCTYPE html><html><head>${meta}<title>Help · GitLab</title></head><body data-page="help:index"><h1>Help</h1></body></html>`,
      );
    }

    const variant = pickVariant(path, request);
    if (request.method === 'POST') {
      // The page that posted (its Referer) tells which variant's form this is.
      const referer = request.headers.referer ? new URL(request.headers.referer).pathname : path;
      const posting = pickVariant(referer, request);
      const target = posting?.createPath === path ? posting : undefined;
      if (!target) return send(response, 404, 'application/json', '{"message":"404 Not Found"}');
      const raw = await readBody(request);
      const contentType = request.headers['content-type'] ?? '';
      const sentToken = request.headers['x-csrf-token'] ?? new URLSearchParams(raw).get('authenticity_token');
      if (sentToken !== csrfToken)
        return send(response, 422, 'application/json', '{"message":"Invalid authenticity token"}');
      const submission = normalise(target, path, contentType, raw);
      submissions.push(submission);
      if (target.id === 'v14') {
        return send(response, 302, 'text/html', '', {
          Location: path,
          'Set-Cookie': 'sim_flash_token=1; Path=/; Secure',
        });
      }
      if (contentType.includes('application/json')) {
        return send(response, 200, 'application/json', JSON.stringify({ token: FAKE_CREATED_TOKEN }));
      }
      return send(
        response,
        200,
        'application/json',
        JSON.stringify({ new_token: FAKE_CREATED_TOKEN, active_access_tokens: [] }),
      );
    }
    if (!variant) return send(response, 404, 'text/html', '<h1>404</h1>');
    const flash = cookies(request).sim_flash_token === '1';
    const html = variant.render({
      now: now(),
      prefill: prefillFrom(url, variant),
      createdToken: flash && variant.id === 'v14' ? FAKE_CREATED_TOKEN : undefined,
      csrfToken,
      dark: cookies(request).sim_theme === 'dark',
    });
    return send(
      response,
      200,
      'text/html; charset=utf-8',
      html,
      flash ? { 'Set-Cookie': 'sim_flash_token=; Path=/; Max-Age=0; Secure' } : {},
    );
  };

  const server = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, 'text/plain', `simulator error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    certPem: pems.cert,
    url: `https://127.0.0.1:${port}`,
    csrfToken,
    submissions,
    requests,
    api,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
