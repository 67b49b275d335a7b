import { expect, it } from 'vitest';
import { describeExpiry } from '../../utils/expiry-note';

const now = new Date('2026-11-24T23:30:00Z');

it('says when the token stops: 00:00 UTC of its date, shown in the user’s zone', () => {
  const utc = describeExpiry('2026-12-24', now, undefined, 'UTC');
  expect(utc.note).toBe(
    'Stops working on 2026-12-24 at 00:00 UTC (Dec 24, 2026, 12:00 AM your time), 30 days from today.',
  );
  expect(utc.warning).toBeUndefined();
  const kiritimati = describeExpiry('2026-12-24', now, undefined, 'Pacific/Kiritimati');
  expect(kiritimati.note).toContain('(Dec 24, 2026, 2:00 PM your time), 30 days from today.');
  const honolulu = describeExpiry('2026-12-24', now, undefined, 'Pacific/Honolulu');
  expect(honolulu.note).toContain('(Dec 23, 2026, 2:00 PM your time)');
});

it('warns above 90 days and handles empty, malformed and past dates', () => {
  expect(describeExpiry('2027-02-22', now, undefined, 'UTC').warning).toBeUndefined(); // 90 days
  expect(describeExpiry('2027-02-23', now, undefined, 'UTC').warning).toContain('more than 90 days');
  expect(describeExpiry('', now).note).toBe('No expiry date chosen yet.');
  expect(describeExpiry('next week', now).note).toContain('not a date');
  expect(describeExpiry('2026-11-24', now, undefined, 'UTC').note).toContain('already be dead');
  expect(describeExpiry('2026-11-25', now, undefined, 'UTC').note).toContain('1 day from today');
});
