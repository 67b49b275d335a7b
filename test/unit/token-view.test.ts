import { describe, expect, it } from 'vitest';
import { matchingRows, tokenView, worthRecreating } from '../../components/popup/token-view';
import { addDays } from '../../utils/dates';
import type { CachedToken } from '../../utils/inventory';

const TODAY = '2026-11-24';
const at = (offset: number) => `${addDays(TODAY, offset)}T12:00:00.000Z`;

let nextId = 1;
function token(overrides: Partial<CachedToken> = {}): CachedToken {
  return {
    id: nextId++,
    name: 'ci',
    description: null,
    revoked: false,
    active: true,
    scopes: ['read_repository'],
    created_at: at(-1),
    last_used_at: at(-1),
    expires_at: addDays(TODAY, 90),
    last_used_ips: [],
    granular: false,
    ...overrides,
  };
}

const tokens = [
  token({ name: 'quiet' }),
  token({ name: 'soon', expires_at: addDays(TODAY, 3) }),
  token({ name: 'forever', expires_at: null, description: 'Nightly backup' }),
  token({ name: 'month', expires_at: addDays(TODAY, 30) }),
  token({
    name: 'bot',
    owner: { kind: 'project', id: 10, path: 'acme/widgets' },
    accessLevel: 30,
    scopes: ['api'],
  }),
];
const names = (rows: ReturnType<typeof matchingRows>) => rows.map(({ token }) => token.name);

describe('the token view', () => {
  it('sorts by risk and counts once', () => {
    const view = tokenView(tokens, TODAY);
    expect(names(view.sorted)).toEqual(['soon', 'bot', 'forever', 'month', 'quiet']);
    expect(view.counts).toEqual({ active: 5, atRisk: 3, expiringThisWeek: 1 });
  });

  it('searches names, descriptions, owners and scopes, and filters by kind and expiry', () => {
    const { sorted } = tokenView(tokens, TODAY);
    const all = { text: '', filter: 'all', kind: 'all' } as const;
    expect(names(matchingRows(sorted, { ...all, text: 'BACKUP' }, TODAY))).toEqual(['forever']);
    expect(names(matchingRows(sorted, { ...all, text: 'acme/' }, TODAY))).toEqual(['bot']);
    expect(names(matchingRows(sorted, { ...all, text: 'api' }, TODAY))).toEqual(['bot']);
    expect(names(matchingRows(sorted, { ...all, kind: 'personal' }, TODAY))).toEqual([
      'soon',
      'forever',
      'month',
      'quiet',
    ]);
    expect(names(matchingRows(sorted, { ...all, filter: 'expiring' }, TODAY))).toEqual(['soon', 'month']);
    expect(names(matchingRows(sorted, { ...all, filter: 'no-expiry' }, TODAY))).toEqual(['forever']);
    expect(names(matchingRows(sorted, { ...all, filter: 'warnings' }, TODAY))).toEqual([
      'soon',
      'bot',
      'forever',
      'month',
    ]);
  });

  it('offers Recreate for tokens that stop within 30 days (UTC), not for revoked ones', () => {
    expect(worthRecreating(token({ expires_at: addDays(TODAY, 30) }), TODAY)).toBe(true);
    expect(worthRecreating(token({ expires_at: addDays(TODAY, 31) }), TODAY)).toBe(false);
    expect(worthRecreating(token({ expires_at: TODAY, revoked: true }), TODAY)).toBe(false);
    expect(worthRecreating(token({ expires_at: null }), TODAY)).toBe(false);
  });
});
