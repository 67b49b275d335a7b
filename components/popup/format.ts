import { daysBetween, utcDateOf, utcToday } from '@/utils/dates';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** A day count as words: "3 days ago", "yesterday", "today", "in 12 days". */
const inWords = (days: number) => relative.format(days, 'day');

/**
 * When a token was created or last used, in whole UTC calendar days, as everywhere in Scopewise:
 * "3 days ago", "yesterday", "today".
 */
export function relativeDays(value: string, now = new Date()): string {
  return inWords(daysBetween(utcToday(now), utcDateOf(value)));
}

/**
 * When a token stops working: GitLab stops it at 00:00 UTC of its `expires_at`, so on that date it
 * has already expired ("expired today"), and the day before it still works ("tomorrow").
 */
export function expiryPhrase(expiresAt: string, now = new Date()): string {
  const days = daysBetween(utcToday(now), utcDateOf(expiresAt));
  return days > 0 ? inWords(days) : `expired ${inWords(days)}`;
}

/** The exact UTC moment: `2026-11-20 23:30 UTC` for a timestamp, `2026-11-20` for a date. */
export function exactUtc(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return `${new Date(value).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
