import { browser } from 'wxt/browser';
import type { Instance } from '../instances';
import { GRANULAR_PAGE_PATHS, TOKEN_PAGE_PATHS, tokenPagePatterns } from '../match-patterns';
import { hasHostAccess } from './host-access';
import { instances } from './storage';

/**
 * Self-managed instances get the token-form content script at runtime, on the same token paths as
 * gitlab.com under their relative URL root. Written here rather than with
 * webext-dynamic-content-scripts because that library registers scripts origin-wide (every page of
 * the host) and knows nothing of relative URL roots; the pattern (one registration per granted
 * origin, restored at startup, removed with the permission) is the library's.
 */
const SCRIPTS = [
  {
    prefix: 'scopewise-token-form:',
    js: ['content-scripts/token-form.js'],
    css: ['content-scripts/token-form.css'],
    paths: TOKEN_PAGE_PATHS,
    excludePaths: GRANULAR_PAGE_PATHS,
  },
  {
    prefix: 'scopewise-granular-form:',
    js: ['content-scripts/granular-form.js'],
    css: ['content-scripts/granular-form.css'],
    paths: GRANULAR_PAGE_PATHS,
    excludePaths: [],
  },
] as const;

export async function registerTokenForms(instance: Instance): Promise<void> {
  if (instance.base === 'https://gitlab.com') return; // in the manifest already
  if (!(await hasHostAccess(instance.base))) return;
  const ids = SCRIPTS.map((script) => `${script.prefix}${instance.base}`);
  const existing = new Set(
    (await browser.scripting.getRegisteredContentScripts({ ids })).map((registered) => registered.id),
  );
  const missing = SCRIPTS.filter((script) => !existing.has(`${script.prefix}${instance.base}`));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map((script) => ({
      id: `${script.prefix}${instance.base}`,
      matches: tokenPagePatterns(instance.base, script.paths),
      ...(script.excludePaths.length > 0
        ? { excludeMatches: tokenPagePatterns(instance.base, script.excludePaths) }
        : {}),
      js: [...script.js],
      css: [...script.css],
      runAt: 'document_start' as const,
      persistAcrossSessions: false,
    })),
  );
}

export async function unregisterTokenForms(base: string): Promise<void> {
  const ids = SCRIPTS.map((script) => `${script.prefix}${base}`);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing.map(({ id }) => id) });
}

/** At browser start and install: register every instance whose origin is still granted. */
export async function restoreTokenForms(): Promise<void> {
  for (const instance of await instances.getValue()) {
    try {
      await registerTokenForms(instance);
    } catch (error) {
      console.warn(`Scopewise: could not register the token forms for ${instance.base}`, error);
    }
  }
}
