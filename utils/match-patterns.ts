import type { Instance } from './instances';

/**
 * The only pages Scopewise's content script is injected into on gitlab.com: personal, project and
 * group access tokens, with or without a relative URL root (`*` also matches an empty prefix).
 * Other GitLab pages get nothing. Self-managed hosts get the same paths at runtime.
 */
export const TOKEN_PAGE_PATHS = [
  '/*-/user_settings/personal_access_tokens*', // 16.7+
  '/*-/profile/personal_access_tokens*', // 13.6–16.6
  '/*/-/settings/access_tokens*', // project and group access tokens
] as const;

/** The fine-grained token form (18.10+) gets its own content script, and the one above stays off it. */
export const GRANULAR_PAGE_PATHS = ['/*-/user_settings/personal_access_tokens/granular/new*'] as const;

const onGitLabCom = (paths: readonly string[]) => paths.map((path) => `https://gitlab.com${path}`);
export const TOKEN_PAGE_MATCHES = onGitLabCom(TOKEN_PAGE_PATHS);
export const GRANULAR_PAGE_MATCHES = onGitLabCom(GRANULAR_PAGE_PATHS);

/**
 * The host permission an instance needs: its origin, port included. Firefox's match patterns
 * cannot carry a port (MDN "Match patterns", Firefox bugs 1362809 and 1468162), so there the
 * pattern covers the host's every port.
 */
export function originPattern(base: string, withPort = !import.meta.env.FIREFOX): string {
  const url = new URL(base);
  return `${url.protocol}//${withPort ? url.host : url.hostname}/*`;
}

/** `paths` on a self-managed host, under its relative URL root (on its port, where the browser allows one). */
export function tokenPagePatterns(base: string, paths: readonly string[] = TOKEN_PAGE_PATHS): string[] {
  const origin = originPattern(base).slice(0, -'/*'.length);
  const root = new URL(base).pathname.replace(/\/+$/, '');
  return paths.map((path) => `${origin}${root}${path}`);
}

/** The instances whose permission is exactly one of `patterns` (compared whole, never by substring). */
export function instancesUsing(list: readonly Instance[], patterns: readonly string[] | undefined): Instance[] {
  const wanted = new Set(patterns ?? []);
  return list.filter((instance) => wanted.has(originPattern(instance.base)));
}
