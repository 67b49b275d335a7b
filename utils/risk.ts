import { permissionInfo } from './catalog/permissions';
import { ACCESS_LEVELS, type Role, roleOf } from './catalog/roles';
import { isKnownScope } from './catalog/scopes';
import { daysBetween, type IsoDate, utcDateOf } from './dates';

/** The token fields the risk rules read (the API's, or the cache's copy of them). */
export interface TokenFacts {
  name: string;
  active: boolean;
  revoked: boolean;
  scopes: readonly string[];
  created_at: string;
  last_used_at?: string | null;
  expires_at: string | null;
  last_used_ips?: readonly string[] | null;
  /** Fine-grained tokens carry a placeholder legacy scope; their permissions are what counts. */
  granular?: boolean;
  granularPermissions?: readonly string[];
  granularAccess?: readonly string[];
  /** Project and group access tokens: the role (GitLab's `access_level`) and the resource's state. */
  accessLevel?: number;
  owner?: { kind: 'project' | 'group'; archived?: boolean; pendingDeletion?: boolean };
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';
/**
 * A warning: its rule and the values its words need, no words (the popup words it in the user's
 * language: components/popup/warning-text.ts).
 */
export type Warning = { severity: Severity } & (
  | { reason: 'expired' | 'no-expiry' | 'long-lifetime' | 'never-used' | 'all-memberships' }
  /** `days`: whole UTC days left (expiring) or since the last use (unused). */
  | { reason: 'expiring' | 'unused'; days: number }
  | { reason: 'admin-scope' | 'broad-scope' | 'unknown-scope'; scope: string }
  | { reason: 'critical-permission' | 'secret-permission' | 'unknown-permission'; permission: string }
  | { reason: 'many-ips'; ips: number }
  | { reason: 'role'; role: Role }
  | { reason: 'resource-state'; owner: 'project' | 'group'; state: 'pending-deletion' | 'archived' }
);
/** Which rule a warning comes from, for grouping and filtering without reading its words. */
export type WarningReason = Warning['reason'];

const WEIGHT: Record<Severity, number> = { critical: 1000, high: 100, medium: 10, low: 1 };

/** GitLab's expiry email thresholds (7, 30 and 60 days). */
export const EXPIRY_THRESHOLDS = [7, 30, 60] as const;
export const NEVER_USED_GRACE_DAYS = 7;
export const UNUSED_DAYS = 90;

/**
 * The warnings for one active token, most severe first. `today` is the UTC date: GitLab stops a
 * token at 00:00 UTC of its `expires_at`, so a token expiring today is already expired, and every
 * day count is in UTC calendar days.
 */
export function tokenWarnings(token: TokenFacts, today: IsoDate): Warning[] {
  const warnings: Warning[] = [];
  if (token.expires_at === null) {
    warnings.push({ severity: 'high', reason: 'no-expiry' });
  } else {
    const days = daysBetween(today, token.expires_at.slice(0, 10));
    if (days <= 0) warnings.push({ severity: 'critical', reason: 'expired' });
    else if (days <= EXPIRY_THRESHOLDS[0]) warnings.push({ severity: 'high', reason: 'expiring', days });
    else if (days <= EXPIRY_THRESHOLDS[1]) warnings.push({ severity: 'medium', reason: 'expiring', days });
    else if (days <= EXPIRY_THRESHOLDS[2]) warnings.push({ severity: 'low', reason: 'expiring', days });
    if (daysBetween(utcDateOf(token.created_at), token.expires_at.slice(0, 10)) > 365) {
      warnings.push({ severity: 'low', reason: 'long-lifetime' });
    }
  }
  if (token.granular) warnings.push(...permissionWarnings(token));
  else warnings.push(...scopeWarnings(token.scopes));
  if (!token.last_used_at) {
    if (daysBetween(utcDateOf(token.created_at), today) > NEVER_USED_GRACE_DAYS) {
      warnings.push({ severity: 'medium', reason: 'never-used' });
    }
  } else {
    const idle = daysBetween(utcDateOf(token.last_used_at), today);
    if (idle >= UNUSED_DAYS) warnings.push({ severity: 'medium', reason: 'unused', days: idle });
  }
  const ips = new Set(token.last_used_ips ?? []);
  if (ips.size > 1) warnings.push({ severity: 'low', reason: 'many-ips', ips: ips.size });
  if (token.owner) warnings.push(...resourceWarnings(token, token.owner));
  return warnings.sort((a, b) => WEIGHT[b.severity] - WEIGHT[a.severity]);
}

/**
 * A bot token's role beyond what its scopes can use: read-only scopes need at most Reporter to read
 * what the resource shows, so Maintainer or Owner only widens what a leak could reach through
 * GitLab's UI-only rules (protected branches, settings). And a resource about to go away.
 */
function resourceWarnings(token: TokenFacts, owner: NonNullable<TokenFacts['owner']>): Warning[] {
  const warnings: Warning[] = [];
  const readOnly = token.scopes.length > 0 && token.scopes.every((scope) => scope.startsWith('read_'));
  const role = token.accessLevel === undefined ? undefined : roleOf(token.accessLevel);
  if (role && readOnly && ACCESS_LEVELS[role] >= ACCESS_LEVELS.maintainer)
    warnings.push({ severity: 'medium', reason: 'role', role });
  if (owner.pendingDeletion)
    warnings.push({ severity: 'medium', reason: 'resource-state', owner: owner.kind, state: 'pending-deletion' });
  else if (owner.archived)
    warnings.push({ severity: 'low', reason: 'resource-state', owner: owner.kind, state: 'archived' });
  return warnings;
}

function scopeWarnings(scopes: readonly string[]): Warning[] {
  const warnings: Warning[] = [];
  for (const admin of ['sudo', 'admin_mode']) {
    if (scopes.includes(admin)) warnings.push({ severity: 'critical', reason: 'admin-scope', scope: admin });
  }
  if (scopes.includes('api')) warnings.push({ severity: 'high', reason: 'broad-scope', scope: 'api' });
  for (const scope of scopes) {
    if (!isKnownScope(scope)) warnings.push({ severity: 'medium', reason: 'unknown-scope', scope });
  }
  return warnings;
}

/** A fine-grained token: critical, secret-bearing or unknown permissions, and all-memberships reach. */
function permissionWarnings(token: TokenFacts): Warning[] {
  const warnings: Warning[] = [];
  for (const name of token.granularPermissions ?? []) {
    const info = permissionInfo(name);
    if (!info) warnings.push({ severity: 'medium', reason: 'unknown-permission', permission: name });
    else if (info.risk === 'critical')
      warnings.push({ severity: 'high', reason: 'critical-permission', permission: name });
    else if (info.exposesSecrets) warnings.push({ severity: 'medium', reason: 'secret-permission', permission: name });
  }
  if (token.granularAccess?.includes('ALL_MEMBERSHIPS')) {
    warnings.push({ severity: 'low', reason: 'all-memberships' });
  }
  return warnings;
}

export function riskScore(warnings: readonly Warning[]): number {
  return warnings.reduce((sum, warning) => sum + WEIGHT[warning.severity], 0);
}

/** Tokens sorted by risk, riskiest first; ties by soonest expiry, then name. */
export function sortByRisk<T extends TokenFacts>(
  tokens: readonly T[],
  today: IsoDate,
): Array<{ token: T; warnings: Warning[] }> {
  return tokens
    .map((token) => ({ token, warnings: tokenWarnings(token, today) }))
    .sort(
      (a, b) =>
        riskScore(b.warnings) - riskScore(a.warnings) ||
        (a.token.expires_at ?? '9999').localeCompare(b.token.expires_at ?? '9999') ||
        a.token.name.localeCompare(b.token.name),
    );
}

/** Active tokens that stop working within `days` (UTC), expired ones included. */
export function expiringWithin<T extends TokenFacts>(tokens: readonly T[], today: IsoDate, days: number): T[] {
  return tokens.filter(
    (token) => token.active && token.expires_at !== null && daysBetween(today, token.expires_at.slice(0, 10)) <= days,
  );
}

/**
 * The new expiry for a rotation, as GitLab's own Rotate button computes it: today plus the token's
 * original lifetime in UTC calendar days (`expires_at` − the UTC date of `created_at`). Without an
 * expiry date, GitLab's default of 30 days.
 */
export function rotationLifetimeDays(token: Pick<TokenFacts, 'created_at' | 'expires_at'>): number {
  if (!token.expires_at) return 30;
  return Math.max(1, daysBetween(utcDateOf(token.created_at), token.expires_at.slice(0, 10)));
}
