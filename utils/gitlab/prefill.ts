/**
 * GitLab's token-form prefill URLs (`name`, `scopes`, `description`; parsed server-side, no expiry
 * parameter). 19.x prefills only its legacy form at `…/legacy/new`; 16.7–18.x the index under
 * /-/user_settings (description from 17.7); older versions /-/profile.
 */
export interface PrefillFields {
  name: string;
  scopes: readonly string[];
  description?: string | null;
}

function query({ name, scopes, description }: PrefillFields, withDescription: boolean): string {
  const params = new URLSearchParams({ name, scopes: scopes.join(',') });
  if (withDescription && description) params.set('description', description);
  return params.toString();
}

export function legacyNewUrl(base: string, fields: PrefillFields): string {
  return `${base}/-/user_settings/personal_access_tokens/legacy/new?${query(fields, true)}`;
}

/**
 * The fine-grained form takes no prefill parameters (gitlabhq/gitlabhq
 * `app/controllers/user_settings/personal_access_tokens_controller.rb`: `granular_new` renders it with
 * `personal_access_token_data({})`, `app/helpers/access_tokens_helper.rb`): Scopewise fills it on the page.
 */
export function granularNewUrl(base: string): string {
  return `${base}/-/user_settings/personal_access_tokens/granular/new`;
}

/** `version` as `/metadata` reports it (`18.5.1-ee`); unknown versions get the current layout. */
export function prefillUrl(base: string, version: string | undefined, fields: PrefillFields): string {
  const match = /^(\d+)\.(\d+)/.exec(version ?? '');
  const major = match ? Number(match[1]) : Number.POSITIVE_INFINITY;
  const minor = match ? Number(match[2]) : 0;
  if (major >= 19) return legacyNewUrl(base, fields);
  const atLeast = (m: number, n: number) => major > m || (major === m && minor >= n);
  const path = atLeast(16, 7) ? '/-/user_settings/personal_access_tokens' : '/-/profile/personal_access_tokens';
  return `${base}${path}?${query(fields, atLeast(17, 7))}`;
}

/** A project's or group's Access tokens settings page, built from the instance's base and the path GitLab lists. */
export function resourceTokensUrl(base: string, owner: { kind: 'project' | 'group'; path: string }): string {
  const path = owner.path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `${base}/${owner.kind === 'group' ? 'groups/' : ''}${path}/-/settings/access_tokens`;
}

/**
 * GitLab's project and group token forms take no prefill parameters, so "Recreate" carries the
 * token's fields in a fragment (never sent to GitLab) that Scopewise's content script applies on
 * arrival, as it applies a preset.
 */
export const RECREATE_HASH_PREFIX = '#scopewise-recreate=';
