import { daysBetween, utcToday } from './dates';
import type { InstanceCache } from './inventory';
import { EXPIRY_THRESHOLDS, expiringWithin } from './risk';

/** What the badge and the expiry notifications count, from the token caches (shown by browser/badge.ts). */

/**
 * What the badge and notifications count: every token the user is responsible for (personal, and
 * the project and group tokens of what they maintain: those are the ones that break pipelines),
 * or personal tokens only.
 */
export type BadgeScope = 'all' | 'personal';

/** The caches with only the tokens `scope` counts. */
export function counted(caches: Record<string, InstanceCache>, scope: BadgeScope): Record<string, InstanceCache> {
  if (scope === 'all') return caches;
  return Object.fromEntries(
    Object.entries(caches).map(([base, cache]) => [
      base,
      { ...cache, tokens: cache.tokens.filter((token) => !token.owner) },
    ]),
  );
}

/** Active tokens across instances that expire within `days`, for the badge. */
export function expiringCount(caches: Record<string, InstanceCache>, days: number, now = new Date()): number {
  const today = utcToday(now);
  return Object.values(caches).reduce((sum, cache) => sum + expiringWithin(cache.tokens, today, days).length, 0);
}

/** The smallest expiry threshold (7, 30, 60 days, or the badge's own) a token has crossed. */
function thresholdFor(daysLeft: number, thresholds: number[]): number | undefined {
  return thresholds.find((threshold) => daysLeft <= threshold);
}

/** Tokens that crossed a threshold since their last notification, with that threshold. */
export function dueNotifications(
  caches: Record<string, InstanceCache>,
  notified: Record<string, number>,
  days: number,
  now = new Date(),
): Array<{ key: string; name: string; host: string; daysLeft: number; threshold: number }> {
  const today = utcToday(now);
  const thresholds = [...new Set([0, ...EXPIRY_THRESHOLDS.filter((threshold) => threshold <= days), days])].sort(
    (a, b) => a - b,
  );
  const due = [];
  for (const [base, cache] of Object.entries(caches)) {
    for (const token of expiringWithin(cache.tokens, today, days)) {
      const daysLeft = daysBetween(today, (token.expires_at ?? today).slice(0, 10));
      const threshold = thresholdFor(daysLeft, thresholds);
      const key = `${base}#${token.id}`;
      if (threshold === undefined || (notified[key] !== undefined && (notified[key] as number) <= threshold)) continue;
      due.push({ key, name: token.name, host: new URL(base).host, daysLeft, threshold });
    }
  }
  return due;
}
