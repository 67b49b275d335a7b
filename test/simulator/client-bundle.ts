/**
 * Bundles the simulator's page script (client/main.js: Vue 2.7, the real @gitlab/ui components,
 * Pikaday) with Vite, once per content: the bundle is cached under node_modules/.cache by a hash of
 * the client's sources and package-lock.json, so only the first simulator of a run pays for it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const clientDir = join(here, 'client');
const cacheDir = join(root, 'node_modules', '.cache', 'scopewise-simulator');

/** Vue's full build: the simulator's components are templates compiled in the page, as in GitLab's dev mode. */
export const VUE_FULL_BUILD = join(root, 'node_modules/vue/dist/vue.esm.js');

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(clientDir)).filter((file) => file.endsWith('.js')).sort();
  for (const file of [...files.map((file) => join(clientDir, file)), join(root, 'package-lock.json')]) {
    hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where the simulator serves @gitlab/svgs' sprite, which GlIcon's `<use href>` points at. */
export const ICON_SPRITE_PATH = '/assets/gitlab-svgs/icons.svg';
const ICON_SPRITE_MODULE = '\0gitlab-icon-sprite';

/** GitLab serves its icon sprite as a file: library builds would inline it, and browsers refuse a data: URL in `<use href>`. */
const iconSprite = {
  name: 'gitlab-icon-sprite',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id === '@gitlab/svgs/dist/icons.svg' ? ICON_SPRITE_MODULE : null),
  load: (id: string) => (id === ICON_SPRITE_MODULE ? `export default ${JSON.stringify(ICON_SPRITE_PATH)};` : null),
};

let pending: Promise<string> | undefined;

/** The folder of the bundled page script (`main.js`), built when its sources changed. */
export function simulatorClientBundle(): Promise<string> {
  pending ??= buildOnce();
  return pending;
}

async function buildOnce(): Promise<string> {
  const outDir = join(cacheDir, await sourceHash());
  if (existsSync(join(outDir, 'main.js'))) return outDir;
  const { build } = await import('vite');
  const staging = `${outDir}.${process.pid}.tmp`;
  await build({
    configFile: false,
    logLevel: 'warn',
    root: clientDir,
    resolve: { alias: [{ find: /^vue$/, replacement: VUE_FULL_BUILD }] },
    plugins: [iconSprite],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: staging,
      emptyOutDir: true,
      minify: false,
      target: 'es2020',
      lib: { entry: join(clientDir, 'main.js'), formats: ['es'], fileName: () => 'main.js' },
    },
  });
  await mkdir(cacheDir, { recursive: true });
  try {
    await rename(staging, outDir);
  } catch {
    // Another process built the same sources meanwhile: theirs is identical.
    await rm(staging, { recursive: true, force: true });
  }
  return outDir;
}
