import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  expiryForLifetime,
  grantedDays,
  isIsoDate,
  localToday,
  parseBoundDate,
  utcToday,
} from '../../utils/dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

/** Node applies a changed TZ to later Date calls: each zone is tested in the same run. */
const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Honolulu'];

describe.each(ZONES)('UTC calendar dates in %s', (zone) => {
  it('today is the UTC date, whatever the local date', () => {
    process.env.TZ = zone;
    // 23:30 UTC on the 24th is already the 25th in Kiritimati (UTC+14).
    const now = new Date('2026-11-24T23:30:00Z');
    expect(utcToday(now)).toBe('2026-11-24');
    expect(localToday(now)).toBe(zone === 'Pacific/Kiritimati' ? '2026-11-25' : '2026-11-24');
  });

  it('adds and counts whole UTC days across month, year and leap-day boundaries', () => {
    process.env.TZ = zone;
    expect(addDays('2026-11-24', 7)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // across a DST change in Europe
    expect(daysBetween('2026-11-24', '2027-11-24')).toBe(365);
    expect(daysBetween('2026-11-24', '2026-11-23')).toBe(-1);
  });

  it('lifetimes start from today (UTC) and stay within the bounds', () => {
    process.env.TZ = zone;
    const now = new Date('2026-11-24T23:30:00Z');
    expect(expiryForLifetime(30, {}, now)).toBe('2026-12-24');
    expect(expiryForLifetime(365, {}, now)).toBe('2027-11-24');
    // Without a known maximum, GitLab's default cap of 365 days applies.
    expect(expiryForLifetime(400, {}, now)).toBe('2027-11-24');
    expect(expiryForLifetime(365, { max: '2027-05-23' }, now)).toBe('2027-05-23');
    expect(expiryForLifetime(7, { min: '2026-12-10' }, now)).toBe('2026-12-10');
    expect(expiryForLifetime(0, {}, now)).toBe('2026-11-25');
  });
});

describe('parseBoundDate', () => {
  it('reads dates and Rails timestamps; rejects anything else', () => {
    process.env.TZ = 'UTC';
    expect(parseBoundDate('2027-05-23', 'max')).toBe('2027-05-23');
    expect(parseBoundDate('2027-11-24T23:30:00Z', 'max')).toBe('2027-11-24');
    expect(parseBoundDate('', 'max')).toBeUndefined();
    expect(parseBoundDate(undefined, 'max')).toBeUndefined();
    expect(parseBoundDate('tomorrow', 'min')).toBeUndefined();
    expect(parseBoundDate('2027-02-30', 'max')).toBeUndefined();
  });

  it('a maximum is the earlier of the server date and the datepicker’s local date', () => {
    process.env.TZ = 'Pacific/Honolulu'; // UTC-10
    // 05:00 UTC on the 24th is still the 23rd in Honolulu: GitLab's datepicker stops there.
    expect(parseBoundDate('2027-11-24T05:00:00Z', 'max')).toBe('2027-11-23');
    expect(parseBoundDate('2027-05-23', 'max')).toBe('2027-05-22');
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
    expect(parseBoundDate('2027-11-24T23:30:00Z', 'max')).toBe('2027-11-24');
    expect(parseBoundDate('2026-11-25T23:30:00Z', 'min')).toBe('2026-11-26');
  });
});

describe('bounds as the Vue forms read them (GitLab’s setUTCTime, then Pikaday’s local day)', () => {
  // gitlab.com's legacy and fine-grained forms: max = now + 365 days as a `Time#iso8601`.
  const max = '2027-11-24T10:00:00Z';

  it.each([
    ['UTC', '2027-11-24'],
    ['Europe/Berlin', '2027-11-24'],
    ['Pacific/Kiritimati', '2027-11-24'],
    // 00:00 UTC on the 24th is the afternoon of the 23rd here: Pikaday stops at the 23rd.
    ['America/Los_Angeles', '2027-11-23'],
    ['Pacific/Honolulu', '2027-11-23'],
  ])('in %s the last day the datepicker accepts is %s', (zone, expected) => {
    process.env.TZ = zone;
    expect(parseBoundDate(max, 'max', 'utc-midnight')).toBe(expected);
    // An EE policy date (`Date#iso8601`) is UTC midnight already: the same day.
    expect(parseBoundDate('2027-11-24', 'max', 'utc-midnight')).toBe(expected);
  });

  it('the HAML pages read the instant itself: 10:00 UTC is still the 24th in Los Angeles', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(parseBoundDate(max, 'max')).toBe('2027-11-24');
    expect(parseBoundDate(max, 'max', 'instant')).toBe('2027-11-24');
  });

  it('a minimum is the later of the server date and the datepicker’s day', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    // setUTCTime keeps the 25th (00:00 UTC is 14:00 on the 25th here); the instant itself is the 26th.
    expect(parseBoundDate('2026-11-25T23:30:00Z', 'min', 'utc-midnight')).toBe('2026-11-25');
    expect(parseBoundDate('2026-11-25T23:30:00Z', 'min', 'instant')).toBe('2026-11-26');
  });

  it('grantedDays: what a lifetime gives where the maximum cuts it short', () => {
    process.env.TZ = 'America/Los_Angeles';
    const now = new Date('2026-11-24T10:00:00Z');
    const bounds = { max: parseBoundDate(max, 'max', 'utc-midnight') };
    expect(grantedDays(365, bounds, now)).toBe(364);
    expect(grantedDays(90, bounds, now)).toBe(90);
    expect(grantedDays(365, {}, now)).toBe(365);
    expect(grantedDays(365, { max: '2027-05-23' }, now)).toBe(180);
  });
});

it('isIsoDate accepts only real calendar dates', () => {
  expect(isIsoDate('2026-02-28')).toBe(true);
  expect(isIsoDate('2026-02-29')).toBe(false);
  expect(isIsoDate('2026-2-28')).toBe(false);
  expect(isIsoDate('28/02/2026')).toBe(false);
  expect(isIsoDate('2026-13-45')).toBe(false);
});
