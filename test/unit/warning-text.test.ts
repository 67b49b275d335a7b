import { describe, expect, it } from 'vitest';
import { warningText } from '../../components/popup/warning-text';
import type { Warning } from '../../utils/risk';
import { message, useLocale } from './messages';

/** Every rule of utils/risk.ts once, with the words the popup shows for it in English. */
const ENGLISH: Array<[Warning, string]> = [
  [{ severity: 'critical', reason: 'expired' }, 'Expired'],
  [{ severity: 'high', reason: 'expiring', days: 1 }, 'Expires in 1 day'],
  [{ severity: 'high', reason: 'expiring', days: 3 }, 'Expires in 3 days'],
  [{ severity: 'high', reason: 'no-expiry' }, 'No expiry date'],
  [{ severity: 'low', reason: 'long-lifetime' }, 'Lifetime over 1 year'],
  [{ severity: 'critical', reason: 'admin-scope', scope: 'sudo' }, 'Admin scope: sudo'],
  [{ severity: 'high', reason: 'broad-scope', scope: 'api' }, 'Broad scope: api'],
  [{ severity: 'medium', reason: 'unknown-scope', scope: 'read_future' }, 'Unknown scope: read_future'],
  [
    { severity: 'high', reason: 'critical-permission', permission: 'create_personal_access_token' },
    'Critical permission: create_personal_access_token',
  ],
  [{ severity: 'medium', reason: 'secret-permission', permission: 'read_variable' }, 'Reads secrets: read_variable'],
  [
    { severity: 'medium', reason: 'unknown-permission', permission: 'frobnicate_widget' },
    'Unknown permission: frobnicate_widget',
  ],
  [{ severity: 'low', reason: 'all-memberships' }, 'All groups and projects you are a member of'],
  [{ severity: 'medium', reason: 'never-used' }, 'Never used'],
  [{ severity: 'medium', reason: 'unused', days: 90 }, 'Unused for 90 days'],
  [{ severity: 'low', reason: 'many-ips', ips: 2 }, 'Used from 2 IP addresses'],
  [{ severity: 'medium', reason: 'role', role: 'maintainer' }, 'Role: Maintainer'],
  [
    { severity: 'medium', reason: 'resource-state', owner: 'project', state: 'pending-deletion' },
    'Project pending deletion',
  ],
  [{ severity: 'low', reason: 'resource-state', owner: 'project', state: 'archived' }, 'Project archived'],
  [
    { severity: 'medium', reason: 'resource-state', owner: 'group', state: 'pending-deletion' },
    'Group pending deletion',
  ],
  [{ severity: 'low', reason: 'resource-state', owner: 'group', state: 'archived' }, 'Group archived'],
];

it.each(ENGLISH)('in English, %j reads exactly as before the messages: %s', async (warning, english) => {
  await useLocale('en');
  expect(warningText(warning)).toBe(english);
});

describe('in the run’s locale', () => {
  it('a warning with values reads its message with them', () => {
    expect(warningText({ severity: 'high', reason: 'broad-scope', scope: 'api' })).toBe(
      message('warning.broadScope', { scope: 'api' }),
    );
    expect(warningText({ severity: 'medium', reason: 'unused', days: 120 })).toBe(
      message('warning.unused', { days: 120 }),
    );
  });

  it.each(ENGLISH)('%j is worded, every value in place', (warning) => {
    const text = warningText(warning);
    expect(text).not.toMatch(/[{}$]|^$/);
    for (const value of Object.values(warning).filter((value) => typeof value === 'number'))
      expect(text).toContain(String(value));
  });
});

it('in German: the expiry warnings, singular and plural', async () => {
  await useLocale('de');
  expect(warningText({ severity: 'high', reason: 'no-expiry' })).toBe('Kein Ablaufdatum');
  expect(warningText({ severity: 'high', reason: 'expiring', days: 1 })).toBe('Läuft in 1 Tag ab');
  expect(warningText({ severity: 'high', reason: 'expiring', days: 3 })).toBe('Läuft in 3 Tagen ab');
});
