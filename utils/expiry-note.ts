import { daysBetween, expiryInstant, type IsoDate, isIsoDate, ROTATION_ADVICE_DAYS, utcToday } from './dates';

/** When a token with the form's expiry date stops working, as facts: components/ExpiryChoices.tsx words it. */
export type ExpiryNote =
  | { kind: 'none' }
  /** Not a YYYY-MM-DD date. */
  | { kind: 'unreadable'; date: string }
  /** Today or earlier: the token would be dead on arrival. */
  | { kind: 'past'; date: IsoDate }
  | {
      kind: 'stops';
      date: IsoDate;
      /** 00:00 UTC of `date`, for the user's own clock. */
      instant: Date;
      /** Days from today (UTC). */
      days: number;
      /** `date` is the latest date the form accepts. */
      latest: boolean;
      /** Set past the rotation advice: rotate at least every this many days. */
      rotateEvery?: number;
    };

/**
 * Says when a token with this expiry date stops working: 00:00 UTC of the date, and whether it is
 * the form's `latest` date.
 */
export function describeExpiry(value: string, now: Date = new Date(), latest?: string): ExpiryNote {
  const date = value.trim();
  if (!date) return { kind: 'none' };
  if (!isIsoDate(date)) return { kind: 'unreadable', date };
  const days = daysBetween(utcToday(now), date);
  if (days <= 0) return { kind: 'past', date };
  return {
    kind: 'stops',
    date,
    instant: expiryInstant(date),
    days,
    latest: date === latest,
    ...(days > ROTATION_ADVICE_DAYS && { rotateEvery: ROTATION_ADVICE_DAYS }),
  };
}
