/**
 * Scopewise's performance budgets, enforced by `npm test` (test/e2e/budgets.e2e.ts) and reported by
 * `npm run bench`. Each number says why it is where it is.
 */
export const BUDGETS = {
  /**
   * JS + CSS injected into a GitLab token page, gzip. GitLab's own token page loads ~1 MB of
   * JavaScript; 20 KB keeps Scopewise under 2% of that, within one round trip of a slow link
   * (14 KB TCP initial window ×1.5), and forces the content script to stay lean (no zod, no
   * storage library, no hooks: see utils/browser/storage.ts).
   */
  injectedGzipBytes: 20 * 1024,
  /** Injected on any GitLab page that is not a token page: nothing at all. */
  otherPagesBytes: 0,
  /** Time from GitLab's form entering the DOM to Scopewise's UI being complete, p95: one frame at 60 Hz. */
  augmentP95Ms: 16,
  /** Popup first paint from the cache with 1,000 tokens, p95: below the ~100 ms people perceive as instant. */
  popupFirstPaint1000P95Ms: 50,
  /** Fetching 1,000 tokens with 100 ms per response: at least 3× faster than GitLab clients that page sequentially. */
  refreshSpeedup1000: 3,
} as const;

/** Pages a content script must never be injected into (paths on gitlab.com). */
export const NON_TOKEN_PATHS = [
  '/',
  '/dashboard/projects',
  '/acme/widgets',
  '/acme/widgets/-/merge_requests/1',
  '/acme/widgets/-/settings/ci_cd',
  '/groups/acme/-/settings/ci_cd',
  '/-/user_settings/profile',
  '/-/user_settings/ssh_keys',
  '/admin/impersonation_tokens',
  '/help',
] as const;

/** Token pages the legacy-form content script must reach. */
export const TOKEN_PATHS = [
  '/-/profile/personal_access_tokens',
  '/-/user_settings/personal_access_tokens',
  '/-/user_settings/personal_access_tokens/legacy/new?name=x',
  '/gitlab/-/user_settings/personal_access_tokens',
  '/acme/widgets/-/settings/access_tokens',
  '/acme/sub/widgets/-/settings/access_tokens',
  '/groups/acme/-/settings/access_tokens',
] as const;

/** The fine-grained form: its own script, and only that one. */
export const FINE_GRAINED_PATHS = [
  '/-/user_settings/personal_access_tokens/granular/new',
  '/-/user_settings/personal_access_tokens/granular/new#scopewise-preset=git-clone',
  '/gitlab/-/user_settings/personal_access_tokens/granular/new',
] as const;
