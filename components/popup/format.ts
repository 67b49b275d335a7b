import { daysBetween, utcDateOf, utcToday } from '@/utils/dates';

/**
 * The words of the page's language for dates: day counts ("3 days ago", "yesterday", "in 12 days",
 * with `numeric: 'auto'`), and an expiry that has passed ("expired 3 days ago"). Passed in, so that
 * this stays pure.
 */
export interface DateWords {
  days: Intl.RelativeTimeFormat;
  expired: (when: string) => string;
}

/**
 * When a token was created or last used, in whole UTC calendar days, as everywhere in Scopewise:
 * "3 days ago", "yesterday", "today".
 */
export function relativeDays(value: string, words: DateWords, now = new Date()): string {
  return words.days.format(daysBetween(utcToday(now), utcDateOf(value)), 'day');
}

/**
 * When a token stops working: GitLab stops it at 00:00 UTC of its `expires_at`, so on that date it
 * has already expired ("expired today"), and the day before it still works ("tomorrow").
 */
export function expiryPhrase(expiresAt: string, words: DateWords, now = new Date()): string {
  const days = daysBetween(utcToday(now), utcDateOf(expiresAt));
  const inWords = words.days.format(days, 'day');
  return days > 0 ? inWords : words.expired(inWords);
}

/** The exact UTC moment: `2026-11-20 23:30 UTC` for a timestamp, `2026-11-20` for a date. */
export function exactUtc(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return `${new Date(value).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
