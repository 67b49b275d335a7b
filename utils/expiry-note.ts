import { daysBetween, expiryInstant, isIsoDate, ROTATION_ADVICE_DAYS, utcToday } from './dates';

export interface ExpiryNote {
  note: string;
  warning?: string;
}

/** Said of a date the form's maximum stops at, on the quick choice and in the note. */
export const LATEST = 'the latest date this form accepts';

/**
 * Says when a token with this expiry date stops working: 00:00 UTC of the date, shown in the
 * user's own time too, and whether it is the form's `latest` date. `timeZone` is for tests; the
 * browser's zone otherwise.
 */
export function describeExpiry(value: string, now: Date = new Date(), latest?: string, timeZone?: string): ExpiryNote {
  const date = value.trim();
  if (!date) return { note: 'No expiry date chosen yet.' };
  if (!isIsoDate(date)) return { note: `${date} is not a date Scopewise can read (YYYY-MM-DD).` };
  const days = daysBetween(utcToday(now), date);
  const local = expiryInstant(date).toLocaleString('en-US', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  if (days <= 0) {
    return { note: `${date} is not in the future: a token expiring then would already be dead.` };
  }
  const note = `Stops working on ${date} at 00:00 UTC (${local} your time), ${days} day${days === 1 ? '' : 's'} from today${date === latest ? `: ${LATEST}` : ''}.`;
  const warning =
    days > ROTATION_ADVICE_DAYS
      ? `That is more than ${ROTATION_ADVICE_DAYS} days: rotate the token at least every ${ROTATION_ADVICE_DAYS} days.`
      : undefined;
  return { note, warning };
}
