import { daysBetween, utcToday } from '@/utils/dates';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", "yesterday", "in 12 days": whole UTC calendar days, as everywhere in Scopewise. */
export function relativeDays(date: string, now = new Date()): string {
  return relative.format(daysBetween(utcToday(now), date.slice(0, 10)), 'day');
}

export function shortDate(timestamp: string): string {
  return timestamp.slice(0, 10);
}
