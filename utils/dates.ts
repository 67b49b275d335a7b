/**
 * Calendar-date math for token expiry. GitLab stores `expires_at` as a date and stops a token at
 * 00:00 UTC of that date, so every date here is a UTC calendar date (`YYYY-MM-DD`); the user's
 * time zone only matters when an instant is displayed.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** GitLab's lifetime cap when the instance does not tell us its own (`MAX_PERSONAL_ACCESS_TOKEN_LIFETIME_IN_DAYS`). */
export const DEFAULT_MAX_LIFETIME_DAYS = 365;
/**
 * The longest lifetime any GitLab allows: 400 days where the `buffered_token_expiration_limit` flag
 * is on (`MAX_PERSONAL_ACCESS_TOKEN_LIFETIME_IN_DAYS_BUFFERED`, gitlabhq/gitlabhq
 * `app/models/personal_access_token.rb`, 17.6+). A preset may ask for it; the form's own maximum caps it.
 */
export const LONGEST_LIFETIME_DAYS = 400;
/** GitLab's own recommendation: rotate at least every 90 days. */
export const ROTATION_ADVICE_DAYS = 90;

export function utcToday(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** The UTC calendar date of a GitLab timestamp (`2026-11-20T23:30:00.000Z`) or date (`2026-11-20`). */
export function utcDateOf(value: string): IsoDate {
  return new Date(value).toISOString().slice(0, 10);
}

/** The user's local calendar date, for comparing with what GitLab's own date code computed. */
export function localToday(now: Date = new Date()): IsoDate {
  return localDate(now);
}

function toEpochDays(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((toEpochDays(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole UTC calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(toEpochDays(to) - toEpochDays(from));
}

function localDate(instant: Date): IsoDate {
  const month = String(instant.getMonth() + 1).padStart(2, '0');
  const day = String(instant.getDate()).padStart(2, '0');
  return `${instant.getFullYear()}-${month}-${day}`;
}

/**
 * How GitLab's datepicker turns a bound into the Date it hands Pikaday, which keeps that Date's
 * local day: the HAML pages' field reads `new Date(value)`; the Vue forms (18.x, 19.x legacy/new,
 * fine-grained) first apply `setUTCTime`, the bound's UTC date at 00:00 UTC, which west of UTC is
 * still the day before locally.
 */
export type BoundReading = 'instant' | 'utc-midnight';

/**
 * Reads a date bound as GitLab writes it: a `Date#iso8601` (`2027-01-31`, the EE policy date) or a
 * `Time#iso8601` (`2027-01-31T23:10:00Z`, `…+02:00`). The server validates against the calendar
 * date it wrote; GitLab's datepicker clamps to the local day `reading` gives. A bound must satisfy
 * both, so a maximum is the earlier of the two dates and a minimum the later. Anything else is no
 * bound at all.
 */
export function parseBoundDate(
  value: string | null | undefined,
  kind: 'min' | 'max',
  reading: BoundReading = 'instant',
): IsoDate | undefined {
  const text = value?.trim() ?? '';
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const serverDate = `${match[1]}-${match[2]}-${match[3]}`;
  if (!isIsoDate(serverDate)) return undefined;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return serverDate;
  if (reading === 'utc-midnight') instant.setUTCHours(0, 0, 0, 0);
  const pickerDate = localDate(instant);
  if (kind === 'max') return pickerDate < serverDate ? pickerDate : serverDate;
  return pickerDate > serverDate ? pickerDate : serverDate;
}

export interface ExpiryBounds {
  min?: IsoDate;
  max?: IsoDate;
}

/**
 * The expiry date for a lifetime of `days` from today (UTC), kept within the form's bounds. Where
 * the form does not say its maximum, GitLab's default cap of 365 days applies and GitLab's own
 * validation speaks for stricter instance policies.
 */
export function expiryForLifetime(days: number, bounds: ExpiryBounds, now: Date = new Date()): IsoDate {
  const today = utcToday(now);
  const max = bounds.max ?? addDays(today, DEFAULT_MAX_LIFETIME_DAYS);
  const min = bounds.min ?? addDays(today, 1);
  let date = addDays(today, Math.max(1, Math.round(days)));
  if (date > max) date = max;
  if (date < min) date = min;
  return date;
}

/** How many days `days` gives on this form: fewer where its maximum is earlier. */
export function grantedDays(days: number, bounds: ExpiryBounds, now: Date = new Date()): number {
  return daysBetween(utcToday(now), expiryForLifetime(days, bounds, now));
}

/** The instant a token with this `expires_at` stops working: 00:00 UTC of that date. */
export function expiryInstant(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Whether `value` is a real `YYYY-MM-DD` calendar date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return false;
  return addDays(value, 0) === value;
}

/**
 * GitLab's fine-grained form (19.2) sends the picked date as a timestamp: local midnight of that
 * date, in UTC. GitLab keeps the timestamp's UTC date, so east of UTC a token stops one day
 * earlier than the date shown. This is the date GitLab stores for a picked `pickerDate`.
 */
export function utcDateOfLocalMidnight(pickerDate: IsoDate): IsoDate {
  const [year, month, day] = pickerDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toISOString().slice(0, 10);
}

/** The date to pick on the fine-grained form so that GitLab stores `utcDate`. */
export function pickerDateFor(utcDate: IsoDate): IsoDate {
  return utcDateOfLocalMidnight(utcDate) === utcDate ? utcDate : addDays(utcDate, 1);
}
