import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect, it } from 'vitest';

/**
 * The layers of `utils/` (README, "How it is built"): the pure core imports no extension API, no
 * DOM and no rendering, and nothing of the browser glue (`utils/browser/`) or of the content
 * scripts' runtime (`utils/content-script/`); `utils/gitlab/` may use the DOM but no extension API.
 */
const ROOT = join(import.meta.dirname, '../..');
const GLUE = ['utils/browser/', 'utils/content-script/'];
// `#i18n` (WXT's i18n module) reads the messages through `browser.i18n`.
const EXTENSION_API = /^(?:wxt(?:\/|$)|@wxt-dev\/|webextension-polyfill$|#imports$|#i18n$)/;
const RENDERING = /^preact(?:\/|$)/;
/** The document and the page's own storage (`navigator.onLine` is the web platform's, in workers and Node too). */
const DOM =
  /\b(?:document|window|MutationObserver|HTMLElement|Element|Node|indexedDB|localStorage|sessionStorage)\b|(?<![\w.$])location\.\w/;
/\b(?:document|window|navigator|location|MutationObserver|HTMLElement|Element|Node|indexedDB|localStorage|sessionStorage)\b/;
const EXTENSION_GLOBAL = /\b(?:browser|chrome)\.\w/;

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file).replaceAll('\\', '/'));
}

/** The code without its comments, so that prose may mention `document` or `chrome.storage`. */
const code = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

/**
 * Every module `file` imports (statically or dynamically): package names, or repository paths.
 * `values`: only the imports that reach the bundle (not `import type`, which the build erases).
 */
function importsOf(file: string, { values = false } = {}): string[] {
  const source = values ? code(file).replace(/\bimport\s+type\s[^;]*?from\s*['"][^'"]+['"]/g, '') : code(file);
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map(([, specifier = '']) => {
    if (!specifier.startsWith('.') && !specifier.startsWith('@/')) return specifier;
    const path = specifier.startsWith('@/') ? specifier.slice(2) : join(dirname(file), specifier);
    const resolved = ['.ts', '.tsx', '/index.ts']
      .map((ending) => `${path}${ending}`)
      .find((candidate) => existsSync(join(ROOT, candidate)));
    return relative(ROOT, join(ROOT, resolved ?? path)).replaceAll('\\', '/');
  });
}

const isGlue = (path: string) => GLUE.some((folder) => path.startsWith(folder));
const isGitLab = (path: string) => path.startsWith('utils/gitlab/');
const CORE = sources('utils').filter((file) => !isGlue(file) && !isGitLab(file));

/** What a core or gitlab/ module may not import. */
function forbiddenImports(file: string): string[] {
  return importsOf(file).filter((target) => EXTENSION_API.test(target) || RENDERING.test(target) || isGlue(target));
}

/** A module and everything it imports within the repository (`values`: as bundled). */
function closure(files: readonly string[], { values = false } = {}): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(ROOT, file))) return;
    seen.add(file);
    for (const target of importsOf(file, { values })) if (/^(?:utils|components)\//.test(target)) visit(target);
  };
  for (const file of files) visit(file);
  return seen;
}

it('finds the core (the test reads the tree it guards)', () => {
  expect(CORE).toContain('utils/dates.ts');
  expect(CORE).toContain('utils/catalog/schema.ts');
  expect(CORE).not.toContain('utils/browser/storage.ts');
  expect(importsOf('utils/browser/storage.ts')).toEqual(expect.arrayContaining(['wxt/browser', 'utils/dates.ts']));
});

it.each(CORE)('core module %s imports no extension API, no rendering and no glue', (file) => {
  expect(forbiddenImports(file)).toEqual([]);
  expect(code(file)).not.toMatch(EXTENSION_GLOBAL);
});

it('the core uses no DOM, nor does anything it imports', () => {
  const withDom = [...closure(CORE)].filter((file) => DOM.test(code(file)));
  expect(withDom).toEqual([]);
});

it.each(sources('utils/gitlab'))('GitLab DOM adapter %s imports no extension API and no glue', (file) => {
  expect(forbiddenImports(file)).toEqual([]);
  expect(code(file)).not.toMatch(EXTENSION_GLOBAL);
});

it.each(sources('utils/browser'))(
  'browser glue %s imports neither the DOM adapters nor the content-script runtime',
  (file) => {
    expect(importsOf(file).filter((target) => isGitLab(target) || target.startsWith('utils/content-script/'))).toEqual(
      [],
    );
    expect(importsOf(file).filter((target) => RENDERING.test(target))).toEqual([]);
  },
);

it.each(sources('utils/content-script'))('content-script runtime %s takes only storage from the glue', (file) => {
  expect(importsOf(file).filter((target) => target.startsWith('utils/browser/'))).toEqual(
    importsOf(file).includes('utils/browser/storage.ts') ? ['utils/browser/storage.ts'] : [],
  );
});

it.each(sources('components').filter((file) => !file.includes('/popup/') && !file.includes('/options/')))(
  'UI for GitLab’s pages %s imports the core and the messages only',
  (file) => {
    // The messages: `#i18n`, and the browser's own lookup where a message may be absent (catalog-text.ts).
    const messages = file === 'components/catalog-text.ts' ? ['#i18n', 'wxt/browser'] : ['#i18n'];
    expect(forbiddenImports(file).filter((target) => !RENDERING.test(target) && !messages.includes(target))).toEqual(
      [],
    );
  },
);

it.each(['entrypoints/legacy-form.content/index.ts', 'entrypoints/fine-grained-form.content/index.ts'])(
  'the content script %s bundles no zod and, of the glue, storage alone',
  (entrypoint) => {
    const bundled = [...closure([entrypoint], { values: true })];
    expect(bundled.filter((file) => importsOf(file, { values: true }).includes('zod'))).toEqual([]);
    expect(bundled.filter((file) => file.startsWith('utils/browser/'))).toEqual(['utils/browser/storage.ts']);
  },
);
