import { expect, it } from 'vitest';
import { expiryNoteWords } from '../../components/ExpiryChoices';
import { expiryInstant } from '../../utils/dates';
import { describeExpiry } from '../../utils/expiry-note';
import { message, useLocale } from './messages';

const now = new Date('2026-11-24T23:30:00Z');
const words = (value: string, timeZone?: string, latest?: string) =>
  expiryNoteWords(describeExpiry(value, now, latest), timeZone);

it('says when the token stops: 00:00 UTC of its date, shown in the user’s zone', async () => {
  expect(describeExpiry('2026-12-24', now)).toEqual({
    kind: 'stops',
    date: '2026-12-24',
    instant: expiryInstant('2026-12-24'),
    days: 30,
    latest: false,
  });
  const local = (timeZone: string) =>
    expiryInstant('2026-12-24').toLocaleString(message('language'), {
      timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Honolulu']) {
    expect(words('2026-12-24', zone).note).toContain(local(zone));
    expect(words('2026-12-24', zone).note).toContain('2026-12-24');
  }
  expect(words('2026-12-24', 'UTC').warning).toBeUndefined();
  await useLocale('en');
  expect(words('2026-12-24', 'UTC').note).toBe(
    'Stops working on 2026-12-24 at 00:00 UTC (Dec 24, 2026, 12:00 AM your time), 30 days from today.',
  );
  expect(words('2026-12-24', 'Pacific/Kiritimati').note).toContain(
    '(Dec 24, 2026, 2:00 PM your time), 30 days from today.',
  );
  expect(words('2026-12-24', 'Pacific/Honolulu').note).toContain('(Dec 23, 2026, 2:00 PM your time)');
  expect(words('2026-11-25', 'UTC').note).toContain('1 day from today');
  expect(words('2027-05-23', 'UTC', '2027-05-23').note).toMatch(
    /180 days from today: the latest date this form accepts\.$/,
  );
});

it('counts the days in German too', async () => {
  await useLocale('de');
  expect(words('2026-12-24', 'Pacific/Kiritimati').note).toBe(
    'Läuft am 2026-12-24 um 00:00 UTC ab (24.12.2026, 14:00 Ortszeit), in 30 Tagen.',
  );
  expect(words('2026-11-25', 'UTC').note).toContain('in 1 Tag.');
});

it('warns above 90 days and handles empty, malformed and past dates', async () => {
  expect(describeExpiry('2027-02-22', now)).not.toHaveProperty('rotateEvery'); // 90 days
  expect(describeExpiry('2027-02-23', now)).toMatchObject({ days: 91, rotateEvery: 90 });
  expect(words('2027-02-22', 'UTC').warning).toBeUndefined();
  expect(words('2027-02-23', 'UTC').warning).toBe(message('expiry.rotate', { days: 90 }));
  expect(words('').note).toBe(message('expiry.none'));
  expect(words('next week').note).toBe(message('expiry.unreadable', { date: 'next week' }));
  expect(words('2026-11-24', 'UTC').note).toBe(message('expiry.past', { date: '2026-11-24' }));
  await useLocale('en');
  expect(words('2027-02-23', 'UTC').warning).toContain('more than 90 days');
  expect(words('').note).toBe('No expiry date chosen yet.');
  expect(words('next week').note).toContain('not a date');
  expect(words('2026-11-24', 'UTC').note).toContain('already be dead');
});
