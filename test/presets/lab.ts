/**
 * The lab `npm run test:presets` runs real clients in: the GitLab simulator (HTTPS, port 0) with a
 * bare Git repository `acme/widgets` behind Git over HTTP, its registry token endpoint, and
 * Debian's `docker-registry` (distribution, port 0) trusting the simulator's signing certificate,
 * seeded with one image. Everything lives in a temporary directory that `close()` removes.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generate } from 'selfsigned';
import { type Simulator, startSimulator } from '../simulator/server';

export interface Outcome {
  ok: boolean;
  /** What the client printed (stdout and stderr), for the report. */
  output: string;
}

export interface Lab {
  sim: Simulator;
  dir: string;
  certFile: string;
  /** `https://127.0.0.1:PORT/acme/widgets.git` */
  gitUrl: string;
  /** `127.0.0.1:PORT` of the registry. */
  registry: string;
  /** Runs a client with a token and its own HOME (so no user configuration or credential leaks in). */
  client(command: string, args: string[], token: string): Promise<Outcome>;
  /** A fresh one-layer OCI image layout to push (its layer unique, so nothing is already there). */
  newImage(): Promise<string>;
  close(): Promise<void>;
}

const SERVICE = 'container_registry';
const ISSUER = 'gitlab-issuer';

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(command, args, { env, cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ ok: !error, output: `${stdout}${stderr}`.trim() });
    });
  });
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Waits for distribution's "listening on 127.0.0.1:PORT" line, or its exit. */
function registryAddress(registry: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const address = /listening on (127\.0\.0\.1:\d+)/.exec(log)?.[1];
      if (address) resolve(address);
    };
    registry.stdout?.on('data', onData);
    registry.stderr?.on('data', onData);
    registry.on('exit', (code) => reject(new Error(`docker-registry exited (${code}): ${log}`)));
  });
}

export async function startLab(): Promise<Lab> {
  const dir = await mkdtemp(join(tmpdir(), 'scopewise-presets-'));
  const signing = await generate([{ name: 'commonName', value: 'scopewise-simulator-registry-signing' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 86_400_000),
  });
  const gitRoot = join(dir, 'repositories');
  const sim = await startSimulator({
    gitRoot,
    registryAuth: { service: SERVICE, issuer: ISSUER, keyPem: signing.private, certPem: signing.cert },
  });
  const certFile = join(dir, 'simulator.pem');
  await writeFile(certFile, sim.certPem);
  const home = join(dir, 'home');
  await mkdir(home);
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    // Go (skopeo) and Python trust the simulator's certificate through this.
    SSL_CERT_FILE: certFile,
    LANG: 'C.UTF-8',
  };

  // The project's repository: one commit on main.
  const bare = join(gitRoot, 'acme', 'widgets.git');
  await mkdir(bare, { recursive: true });
  const seed = join(dir, 'seed');
  for (const [args, cwd] of [
    [['init', '--bare', '--initial-branch=main', bare], dir],
    [['init', '--initial-branch=main', seed], dir],
    [['-c', 'user.name=Alice', '-c', 'user.email=alice@example.com', 'commit', '--allow-empty', '-m', 'Initial'], seed],
    [['push', bare, 'main'], seed],
  ] as const) {
    const outcome = await run('git', [...args], baseEnv, cwd);
    if (!outcome.ok) throw new Error(`git ${args.join(' ')}: ${outcome.output}`);
  }

  // The registry: token auth against the simulator's /jwt/auth, trusting its signing certificate.
  const bundle = join(dir, 'registry-signing.pem');
  await writeFile(bundle, signing.cert);
  const config = join(dir, 'registry.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log: {level: info, formatter: text}',
      `storage: {filesystem: {rootdirectory: ${join(dir, 'registry-data')}}}`,
      'http: {addr: "127.0.0.1:0"}',
      'auth:',
      '  token:',
      `    realm: ${sim.url}/jwt/auth`,
      `    service: ${SERVICE}`,
      `    issuer: ${ISSUER}`,
      `    rootcertbundle: ${bundle}`,
      '',
    ].join('\n'),
  );
  const registryProcess = spawn('docker-registry', ['serve', config], { env: baseEnv });
  const registry = await registryAddress(registryProcess);

  let images = 0;
  const lab: Lab = {
    sim,
    dir,
    certFile,
    gitUrl: `${sim.url}/acme/widgets.git`,
    registry,
    client: (command, args, token) =>
      run(command, args, { ...baseEnv, SCOPEWISE_TOKEN: token, GITLAB_TOKEN: token }, dir),
    async newImage() {
      const layout = join(dir, `image-${++images}`);
      const blobs = join(layout, 'blobs', 'sha256');
      await mkdir(blobs, { recursive: true });
      const content = join(dir, `layer-${images}`);
      await mkdir(content);
      await writeFile(
        join(content, 'hello.txt'),
        `Hello from Scopewise's preset test, image ${images}, ${Date.now()}\n`,
      );
      const tar = join(dir, `layer-${images}.tar`);
      const tarred = await run('tar', ['-cf', tar, '-C', content, 'hello.txt'], baseEnv);
      if (!tarred.ok) throw new Error(tarred.output);
      const raw = await readFile(tar);
      const layer = gzipSync(raw);
      const blob = async (data: Buffer | string) => {
        const digest = sha256(data);
        await writeFile(join(blobs, digest), data);
        return { digest: `sha256:${digest}`, size: Buffer.byteLength(data) };
      };
      const layerBlob = await blob(layer);
      const configBlob = await blob(
        JSON.stringify({
          architecture: 'amd64',
          os: 'linux',
          config: {},
          rootfs: { type: 'layers', diff_ids: [`sha256:${sha256(raw)}`] },
        }),
      );
      const manifest = await blob(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...configBlob },
          layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layerBlob }],
        }),
      );
      await writeFile(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
      await writeFile(
        join(layout, 'index.json'),
        JSON.stringify({
          schemaVersion: 2,
          manifests: [
            {
              mediaType: 'application/vnd.oci.image.manifest.v1+json',
              ...manifest,
              annotations: { 'org.opencontainers.image.ref.name': 'latest' },
            },
          ],
        }),
      );
      return `oci:${layout}:latest`;
    },
    async close() {
      registryProcess.kill();
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  // The image the pull runs read, pushed with an api token (which carries every registry ability).
  const seedToken = sim.api.addToken({ name: 'Seed the registry', scopes: ['api'] });
  const seeded = await run(
    'skopeo',
    [
      '--insecure-policy',
      'copy',
      '--dest-tls-verify=false',
      '--dest-creds',
      `seed:${seedToken.value}`,
      await lab.newImage(),
      `docker://${registry}/acme/widgets:seed`,
    ],
    baseEnv,
  );
  if (!seeded.ok) {
    await lab.close();
    throw new Error(`could not seed the registry: ${seeded.output}`);
  }
  return lab;
}
