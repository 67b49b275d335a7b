import type { Instance } from './instances';

/**
 * Match patterns, each written once. The token pages' patterns are gitlab.com's: the content
 * script entrypoints give them to the manifest, and the worker moves the built manifest's patterns
 * to each self-managed instance at runtime (browser/dynamic-content-scripts.ts).
 */

export const GITLAB_COM_ORIGIN = 'https://gitlab.com';

/**
 * The only pages Scopewise's content scripts are injected into: personal, project and group access
 * tokens, with or without a relative URL root (`*` also matches an empty prefix). Other GitLab
 * pages get nothing.
 */
const TOKEN_PAGE_PATHS = [
  '/*-/user_settings/personal_access_tokens*', // 16.7+
  '/*-/profile/personal_access_tokens*', // 13.6–16.6
  '/*/-/settings/access_tokens*', // project and group access tokens
] as const;

/** The fine-grained token form (18.10+) gets its own content script, and the one above stays off it. */
const FINE_GRAINED_PAGE_PATHS = ['/*-/user_settings/personal_access_tokens/granular/new*'] as const;

const onGitLabCom = (paths: readonly string[]) => paths.map((path) => `${GITLAB_COM_ORIGIN}${path}`);

/** The legacy forms' and the token lists' script, on gitlab.com (`defineContentScript`'s options). */
export const LEGACY_FORM_PAGES = {
  matches: onGitLabCom(TOKEN_PAGE_PATHS),
  excludeMatches: onGitLabCom(FINE_GRAINED_PAGE_PATHS),
};
/** The fine-grained form's script, on gitlab.com. */
export const FINE_GRAINED_FORM_PAGES = { matches: onGitLabCom(FINE_GRAINED_PAGE_PATHS) };

export const isGitLabComPattern = (pattern: string): boolean => pattern.startsWith(`${GITLAB_COM_ORIGIN}/`);

/**
 * The host permission an instance needs: its origin, port included. Firefox's match patterns
 * cannot carry a port (MDN "Match patterns", Firefox bugs 1362809 and 1468162), so there the
 * pattern covers the host's every port.
 */
export function originPattern(base: string, withPort = !import.meta.env.FIREFOX): string {
  const url = new URL(base);
  return `${url.protocol}//${withPort ? url.host : url.hostname}/*`;
}

/**
 * gitlab.com's token-page `patterns` on the instance at `base`: the same paths under its relative
 * URL root, on its port where the browser allows one.
 */
export function tokenPagePatterns(base: string, patterns: readonly string[]): string[] {
  const origin = originPattern(base).slice(0, -'/*'.length);
  const root = new URL(base).pathname.replace(/\/+$/, '');
  return patterns.map((pattern) => {
    if (!isGitLabComPattern(pattern)) throw new Error(`Not a gitlab.com pattern: ${pattern}`);
    return `${origin}${root}${pattern.slice(GITLAB_COM_ORIGIN.length)}`;
  });
}

/** The instances whose permission is exactly one of `patterns` (compared whole, never by substring). */
export function instancesUsing(list: readonly Instance[], patterns: readonly string[] | undefined): Instance[] {
  const wanted = new Set(patterns ?? []);
  return list.filter((instance) => wanted.has(originPattern(instance.base)));
}
