import { afterEach, describe, expect, it } from 'vitest';
import { type DateWords, exactUtc, expiryPhrase, relativeDays } from '../../components/popup/format';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

/** 23:30 UTC: already tomorrow in Kiritimati (UTC+14), where a local-date count would be one day off. */
const NOW = new Date('2026-11-24T23:30:00Z');
/** The English words, as locales/en.yml gives them to the popup. */
const ENGLISH: DateWords = {
  days: new Intl.RelativeTimeFormat('en', { numeric: 'auto' }),
  expired: (when) => `expired ${when}`,
};

describe.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Honolulu'])('in %s, dates count UTC calendar days', (zone) => {
  it('says when a token was created or used', () => {
    process.env.TZ = zone;
    expect(relativeDays('2026-11-24T00:10:00Z', ENGLISH, NOW)).toBe('today');
    expect(relativeDays('2026-11-23T23:59:00Z', ENGLISH, NOW)).toBe('yesterday');
    expect(relativeDays('2026-11-21T12:00:00.000Z', ENGLISH, NOW)).toBe('3 days ago');
    // An offset timestamp is counted by its UTC date: 01:00+02:00 is 23:00 UTC the day before.
    expect(relativeDays('2026-11-24T01:00:00+02:00', ENGLISH, NOW)).toBe('yesterday');
  });

  it('says when a token stops working: at 00:00 UTC of its expiry date', () => {
    process.env.TZ = zone;
    expect(expiryPhrase('2026-11-29', ENGLISH, NOW)).toBe('in 5 days');
    expect(expiryPhrase('2026-11-25', ENGLISH, NOW)).toBe('tomorrow');
    expect(expiryPhrase('2026-11-24', ENGLISH, NOW)).toBe('expired today');
    expect(expiryPhrase('2026-11-21', ENGLISH, NOW)).toBe('expired 3 days ago');
  });

  it('gives the exact UTC date and time', () => {
    process.env.TZ = zone;
    expect(exactUtc('2026-11-29')).toBe('2026-11-29');
    expect(exactUtc('2026-11-24T01:00:00+02:00')).toBe('2026-11-23 23:00 UTC');
  });
});
