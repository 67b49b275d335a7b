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

export const TOKEN_PAGE_MATCHES = TOKEN_PAGE_PATHS.map((path) => `https://gitlab.com${path}`);
