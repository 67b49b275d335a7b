import { daysBetween, type IsoDate } from '@/utils/dates';
import { type CachedToken, kindOf, type TokenKind } from '@/utils/inventory';
import { sortByRisk, type Warning } from '@/utils/risk';

/**
 * What the popup's list shows, computed from the cache without any browser API: the tokens by
 * risk and their counts once per cache change, then the rows a search and the filters leave.
 */

export interface RiskedToken {
  token: CachedToken;
  warnings: Warning[];
}

export type ListFilter = 'all' | 'warnings' | 'expiring' | 'no-expiry';

export interface ListQuery {
  text: string;
  filter: ListFilter;
  kind: TokenKind | 'all';
}

export interface TokenCounts {
  active: number;
  /** With a critical or high warning. */
  atRisk: number;
  /** Stopping within 7 days (UTC), expired ones included: what the badge counts by default. */
  expiringThisWeek: number;
}

export interface TokenView {
  /** Riskiest first. */
  sorted: RiskedToken[];
  counts: TokenCounts;
}

/** Whole UTC days until the token stops working (GitLab stops it at 00:00 UTC of `expires_at`). */
const daysLeft = (token: CachedToken, today: IsoDate) =>
  token.expires_at === null ? Number.POSITIVE_INFINITY : daysBetween(today, token.expires_at.slice(0, 10));

export function tokenView(tokens: readonly CachedToken[], today: IsoDate): TokenView {
  const sorted = sortByRisk(tokens, today);
  const counts: TokenCounts = { active: sorted.length, atRisk: 0, expiringThisWeek: 0 };
  for (const { token, warnings } of sorted) {
    if (warnings.some(({ severity }) => severity === 'critical' || severity === 'high')) counts.atRisk++;
    if (daysLeft(token, today) <= 7) counts.expiringThisWeek++;
  }
  return { sorted, counts };
}

/** What a search looks in: the name, description, project or group, scopes and permissions. */
const searchable = (token: CachedToken) => [
  token.name,
  token.description ?? '',
  token.owner?.path ?? '',
  ...token.scopes,
  ...(token.granularPermissions ?? []),
];

export function matchingRows(sorted: readonly RiskedToken[], query: ListQuery, today: IsoDate): RiskedToken[] {
  const needle = query.text.trim().toLowerCase();
  return sorted.filter(({ token, warnings }) => {
    if (needle && !searchable(token).some((text) => text.toLowerCase().includes(needle))) return false;
    if (query.kind !== 'all' && kindOf(token) !== query.kind) return false;
    if (query.filter === 'warnings') return warnings.length > 0;
    if (query.filter === 'expiring') return daysLeft(token, today) <= 30;
    if (query.filter === 'no-expiry') return token.expires_at === null;
    return true;
  });
}

/** Expired, or expiring within 30 days: worth recreating. */
export const worthRecreating = (token: CachedToken, today: IsoDate) => !token.revoked && daysLeft(token, today) <= 30;
