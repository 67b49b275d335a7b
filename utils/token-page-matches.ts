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
