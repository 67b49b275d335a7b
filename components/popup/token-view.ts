import { daysBetween, type IsoDate } from '@/utils/dates';
import { type CachedToken, kindOf, type TokenKind } from '@/utils/inventory';
import { type Severity, sortByRisk, type Warning, type WarningReason } from '@/utils/risk';

/**
 * What the popup's list shows, computed from the cache without any browser API: the tokens by
 * risk, grouped by their worst warning, and their counts, once per cache change; then the rows a
 * search, the kind and the chips leave.
 */

export interface RiskedToken {
  token: CachedToken;
  warnings: Warning[];
}

/** The header's filter chips, each a count of the active tokens it shows, in the header's order. */
export type Chip = 'expiring' | 'no-expiry' | 'broad' | 'unused';
export const CHIPS: readonly Chip[] = ['expiring', 'no-expiry', 'broad', 'unused'];

export interface ListQuery {
  text: string;
  kind: TokenKind | 'all';
  /** Pressed chips: a token shows when it is in any of them (none pressed: every token). */
  chips: ReadonlySet<Chip>;
}

export interface TokenCounts {
  active: number;
  /** With a critical or high warning. */
  atRisk: number;
  /** Stopping within 7 days (UTC), expired ones included: what the badge counts by default. */
  expiringThisWeek: number;
  chips: Record<Chip, number>;
}

export interface TokenView {
  /** By worst warning (critical first, no warning last), then riskiest first within each. */
  sorted: RiskedToken[];
  counts: TokenCounts;
}

export type Group = Severity | 'none';
const GROUP_ORDER: readonly Group[] = ['critical', 'high', 'medium', 'low', 'none'];

/** Expiring within GitLab's second expiry email (30 days), as the Recreate link. */
const EXPIRING_SOON_DAYS = 30;
const BROAD: ReadonlySet<WarningReason> = new Set(['admin-scope', 'broad-scope', 'critical-permission']);
const UNUSED: ReadonlySet<WarningReason> = new Set(['never-used', 'unused']);

/** Whole UTC days until the token stops working (GitLab stops it at 00:00 UTC of `expires_at`). */
const daysLeft = (token: CachedToken, today: IsoDate) =>
  token.expires_at === null ? Number.POSITIVE_INFINITY : daysBetween(today, token.expires_at.slice(0, 10));

const has = (warnings: readonly Warning[], reasons: ReadonlySet<WarningReason>) =>
  warnings.some(({ reason }) => reasons.has(reason));

function inChip(chip: Chip, { token, warnings }: RiskedToken, today: IsoDate): boolean {
  if (chip === 'expiring') return daysLeft(token, today) <= EXPIRING_SOON_DAYS;
  if (chip === 'no-expiry') return token.expires_at === null;
  if (chip === 'broad') return has(warnings, BROAD);
  return has(warnings, UNUSED);
}

/** A row's group: its worst warning (warnings come most severe first). */
export const groupOf = (row: RiskedToken): Group => row.warnings[0]?.severity ?? 'none';

export function tokenView(tokens: readonly CachedToken[], today: IsoDate): TokenView {
  const rank = (row: RiskedToken) => GROUP_ORDER.indexOf(groupOf(row));
  // A stable sort keeps the risk order within each group.
  const sorted = sortByRisk(tokens, today).sort((a, b) => rank(a) - rank(b));
  const chips: Record<Chip, number> = { expiring: 0, 'no-expiry': 0, broad: 0, unused: 0 };
  const counts: TokenCounts = { active: sorted.length, atRisk: 0, expiringThisWeek: 0, chips };
  for (const row of sorted) {
    const group = groupOf(row);
    if (group === 'critical' || group === 'high') counts.atRisk++;
    if (daysLeft(row.token, today) <= 7) counts.expiringThisWeek++;
    for (const chip of CHIPS) if (inChip(chip, row, today)) chips[chip]++;
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
  return sorted.filter((row) => {
    if (needle && !searchable(row.token).some((text) => text.toLowerCase().includes(needle))) return false;
    if (query.kind !== 'all' && kindOf(row.token) !== query.kind) return false;
    return query.chips.size === 0 || [...query.chips].some((chip) => inChip(chip, row, today));
  });
}

/** Consecutive rows of one group (`rows` as `tokenView` sorts them), in that order. */
export function groupRows(rows: readonly RiskedToken[]): Array<{ group: Group; rows: RiskedToken[] }> {
  const groups: Array<{ group: Group; rows: RiskedToken[] }> = [];
  for (const row of rows) {
    const group = groupOf(row);
    const last = groups.at(-1);
    if (last?.group === group) last.rows.push(row);
    else groups.push({ group, rows: [row] });
  }
  return groups;
}

/** Expired, or expiring within 30 days: worth recreating. */
export const worthRecreating = (token: CachedToken, today: IsoDate) =>
  !token.revoked && daysLeft(token, today) <= EXPIRING_SOON_DAYS;
