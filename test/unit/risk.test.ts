import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../utils/dates';
import { expiringWithin, rotationLifetimeDays, sortByRisk, type TokenFacts, tokenWarnings } from '../../utils/risk';

const TODAY = '2026-11-24';
const at = (offset: number) => `${addDays(TODAY, offset)}T12:00:00.000Z`;

function token(overrides: Partial<TokenFacts> = {}): TokenFacts {
  return {
    name: 'ci',
    active: true,
    revoked: false,
    scopes: ['read_repository'],
    created_at: at(-1),
    last_used_at: at(-1),
    expires_at: addDays(TODAY, 90),
    last_used_ips: [],
    ...overrides,
  };
}
/** A token's warnings without their severity: each rule and its values (the popup words them: warning-text.test.ts). */
const facts = (token: TokenFacts) => tokenWarnings(token, TODAY).map(({ severity: _, ...fact }) => fact);

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe.each(['UTC', 'Pacific/Kiritimati'])('in %s', (zone) => {
  it.each([
    [0, [{ reason: 'expired' }], 'critical'],
    [-3, [{ reason: 'expired' }], 'critical'],
    [1, [{ reason: 'expiring', days: 1 }], 'high'],
    [3, [{ reason: 'expiring', days: 3 }], 'high'],
    [7, [{ reason: 'expiring', days: 7 }], 'high'],
    [8, [{ reason: 'expiring', days: 8 }], 'medium'],
    [30, [{ reason: 'expiring', days: 30 }], 'medium'],
    [31, [{ reason: 'expiring', days: 31 }], 'low'],
    [60, [{ reason: 'expiring', days: 60 }], 'low'],
    [61, [], undefined],
  ])('expiring on today%+d: %j', (offset, expected, severity) => {
    process.env.TZ = zone;
    const warnings = tokenWarnings(token({ expires_at: addDays(TODAY, offset) }), TODAY);
    expect(warnings.map(({ severity: _, ...fact }) => fact)).toEqual(expected);
    expect(warnings[0]?.severity).toBe(severity);
  });

  it('never used: only once the token is more than 7 days old', () => {
    process.env.TZ = zone;
    expect(facts(token({ last_used_at: null, created_at: at(-7) }))).toEqual([]);
    expect(facts(token({ last_used_at: null, created_at: at(-8) }))).toEqual([{ reason: 'never-used' }]);
  });

  it('unused for 90 days and more', () => {
    process.env.TZ = zone;
    expect(facts(token({ last_used_at: at(-89) }))).toEqual([]);
    expect(facts(token({ last_used_at: at(-90) }))).toEqual([{ reason: 'unused', days: 90 }]);
  });

  it('lifetime over a year, counted in UTC days from the creation date', () => {
    process.env.TZ = zone;
    expect(facts(token({ created_at: at(-200), expires_at: addDays(TODAY, 165) }))).toEqual([]);
    expect(facts(token({ created_at: at(-200), expires_at: addDays(TODAY, 166) }))).toEqual([
      { reason: 'long-lifetime' },
    ]);
  });
});

it('scopes: broad, admin and unknown; several IP addresses; no expiry', () => {
  expect(facts(token({ scopes: ['api', 'sudo', 'admin_mode', 'read_future'] }))).toEqual([
    { reason: 'admin-scope', scope: 'sudo' },
    { reason: 'admin-scope', scope: 'admin_mode' },
    { reason: 'broad-scope', scope: 'api' },
    { reason: 'unknown-scope', scope: 'read_future' },
  ]);
  expect(facts(token({ last_used_ips: ['10.0.0.1'] }))).toEqual([]);
  expect(facts(token({ last_used_ips: ['10.0.0.1', '10.0.0.2', '10.0.0.1'] }))).toEqual([
    { reason: 'many-ips', ips: 2 },
  ]);
  expect(facts(token({ expires_at: null }))).toEqual([{ reason: 'no-expiry' }]);
});

it('sorts by risk, then soonest expiry, then name (equal risks: the sooner expiry first)', () => {
  const sorted = sortByRisk(
    [
      token({ name: 'quiet' }),
      token({ name: 'sudo', scopes: ['sudo'] }),
      token({ name: 'soon', expires_at: addDays(TODAY, 2) }),
      token({ name: 'api', scopes: ['api'] }),
      token({ name: 'a-quiet', expires_at: addDays(TODAY, 90) }),
    ],
    TODAY,
  );
  expect(sorted.map(({ token: t }) => t.name)).toEqual(['sudo', 'soon', 'api', 'a-quiet', 'quiet']);
});

it('expiringWithin counts active tokens that stop within N days, expired ones included', () => {
  const tokens = [
    token({ name: 'today', expires_at: TODAY }),
    token({ name: 'in7', expires_at: addDays(TODAY, 7) }),
    token({ name: 'in8', expires_at: addDays(TODAY, 8) }),
    token({ name: 'never', expires_at: null }),
    token({ name: 'revoked', active: false, expires_at: addDays(TODAY, 1) }),
  ];
  expect(expiringWithin(tokens, TODAY, 7).map((t) => t.name)).toEqual(['today', 'in7']);
});

it('rotation keeps the original lifetime in UTC calendar days', () => {
  expect(rotationLifetimeDays({ created_at: '2026-11-19T23:30:00Z', expires_at: '2027-02-17' })).toBe(90);
  expect(rotationLifetimeDays({ created_at: '2026-11-20T00:30:00+02:00', expires_at: '2027-02-17' })).toBe(90);
  expect(rotationLifetimeDays({ created_at: '2026-11-19T00:00:00Z', expires_at: null })).toBe(30);
});

describe('fine-grained tokens', () => {
  const fineGrained = (overrides: Partial<TokenFacts> = {}) =>
    token({ scopes: ['granular'], granular: true, granularPermissions: [], granularAccess: [], ...overrides });

  it('their placeholder scope is not an unknown scope; their permissions are what is judged', () => {
    expect(facts(fineGrained({ granularPermissions: ['download_code', 'read_user'] }))).toEqual([]);
    expect(
      facts(
        fineGrained({
          granularPermissions: ['create_personal_access_token', 'read_variable', 'frobnicate_widget'],
          granularAccess: ['ALL_MEMBERSHIPS', 'USER'],
        }),
      ),
    ).toEqual([
      { reason: 'critical-permission', permission: 'create_personal_access_token' },
      { reason: 'secret-permission', permission: 'read_variable' },
      { reason: 'unknown-permission', permission: 'frobnicate_widget' },
      { reason: 'all-memberships' },
    ]);
  });

  it('a legacy token keeps the scope rules', () => {
    expect(facts(token({ scopes: ['api', 'granular'] }))).toEqual([
      { reason: 'broad-scope', scope: 'api' },
      { reason: 'unknown-scope', scope: 'granular' },
    ]);
  });
});
