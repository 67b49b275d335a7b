import { browser } from 'wxt/browser';
import type { Instance } from '../instances';
import { GITLAB_COM_ORIGIN, isGitLabComPattern, tokenPagePatterns } from '../match-patterns';
import { hasHostAccess } from './host-access';
import { instances } from './storage';

/**
 * Self-managed instances get the token-page content scripts at runtime: each script the manifest
 * injects on gitlab.com, with its files and run time, on the same paths under the instance's
 * relative URL root. Read from the built manifest, as webext-dynamic-content-scripts does, but
 * written here because that library registers scripts origin-wide (every page of the host) and
 * knows nothing of relative URL roots; the pattern (one registration per granted origin, restored
 * at startup, removed with the permission) is the library's.
 */
function tokenPageScripts() {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap(({ js = [], css = [], ...script }) => {
    // `content-scripts/legacy-form.js` → `scopewise-legacy-form:`, then the instance's base.
    const name = /([^/]+)\.js$/.exec(js[0] ?? '')?.[1];
    const matches = script.matches ?? [];
    if (!name || matches.length === 0 || !matches.every(isGitLabComPattern)) return [];
    return [
      {
        prefix: `scopewise-${name}:`,
        matches,
        excludeMatches: script.exclude_matches ?? [],
        js,
        css,
        runAt: script.run_at,
      },
    ];
  });
}

const idsFor = (base: string) => tokenPageScripts().map((script) => `${script.prefix}${base}`);

/**
 * This instance's Scopewise registrations, whatever script they name: `scopewise-<script>:<base>`.
 * An update can rename a script (`token-form` became `legacy-form`, `granular-form` became
 * `fine-grained-form`); a registration under the old id would stay, pointing at a file the new
 * build no longer has.
 */
async function registeredFor(base: string) {
  return (await browser.scripting.getRegisteredContentScripts()).filter(
    ({ id }) => /^scopewise-[^:]+:/.test(id) && id.slice(id.indexOf(':') + 1) === base,
  );
}

export async function registerTokenForms(instance: Instance): Promise<void> {
  if (instance.base === GITLAB_COM_ORIGIN) return; // in the manifest already
  if (!(await hasHostAccess(instance.base))) return;
  const current = new Set(idsFor(instance.base));
  const registered = (await registeredFor(instance.base)).map(({ id }) => id);
  const stale = registered.filter((id) => !current.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const existing = new Set(registered);
  const missing = tokenPageScripts().filter((script) => !existing.has(`${script.prefix}${instance.base}`));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map((script) => ({
      id: `${script.prefix}${instance.base}`,
      matches: tokenPagePatterns(instance.base, script.matches),
      ...(script.excludeMatches.length > 0
        ? { excludeMatches: tokenPagePatterns(instance.base, script.excludeMatches) }
        : {}),
      js: script.js,
      css: script.css,
      runAt: script.runAt,
      persistAcrossSessions: false,
    })),
  );
}

export async function unregisterTokenForms(base: string): Promise<void> {
  const existing = await registeredFor(base);
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
