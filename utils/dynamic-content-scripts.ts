import { browser } from 'wxt/browser';
import { type Instance, instances } from './instances';
import { TOKEN_PAGE_PATHS } from './token-page-matches';

/**
 * Self-managed instances get the token-form content script at runtime, on the same token paths as
 * gitlab.com under their relative URL root. Written here rather than with
 * webext-dynamic-content-scripts because that library registers scripts origin-wide (every page of
 * the host) and knows nothing of relative URL roots; the pattern (one registration per granted
 * origin, restored at startup, removed with the permission) is the library's.
 */
const SCRIPT = { js: ['content-scripts/token-form.js'], css: ['content-scripts/token-form.css'] };
const ID_PREFIX = 'scopewise-token-form:';

export function originPattern(base: string): string {
  const url = new URL(base);
  // Match patterns carry no port: the host's pages on any port.
  return `${url.protocol}//${url.hostname}/*`;
}

export function tokenPagePatterns(base: string): string[] {
  const url = new URL(base);
  const root = url.pathname.replace(/\/+$/, '');
  return TOKEN_PAGE_PATHS.map((path) => `${url.protocol}//${url.hostname}${root}${path}`);
}

const scriptId = (base: string) => `${ID_PREFIX}${base}`;

export async function registerTokenForms(instance: Instance): Promise<void> {
  if (instance.base === 'https://gitlab.com') return; // in the manifest already
  if (!(await browser.permissions.contains({ origins: [originPattern(instance.base)] }))) return;
  const id = scriptId(instance.base);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: tokenPagePatterns(instance.base), ...SCRIPT, runAt: 'document_start', persistAcrossSessions: false },
  ]);
}

export async function unregisterTokenForms(base: string): Promise<void> {
  const id = scriptId(base);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
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
