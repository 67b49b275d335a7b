import { describe, expect, it } from 'vitest';
import { type Chip, groupRows, matchingRows, tokenView, worthRecreating } from '../../components/popup/token-view';
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
  token({ name: 'idle', last_used_at: at(-100), expires_at: addDays(TODAY, 80) }),
  token({ name: 'admin', scopes: ['sudo'], expires_at: addDays(TODAY, 200), created_at: at(-10) }),
  token({
    name: 'bot',
    owner: { kind: 'project', id: 10, path: 'acme/widgets' },
    accessLevel: 30,
    scopes: ['api'],
  }),
];
const names = (rows: ReturnType<typeof matchingRows>) => rows.map(({ token }) => token.name);
const query = (overrides: { text?: string; kind?: 'all' | 'personal'; chips?: Chip[] } = {}) => ({
  text: overrides.text ?? '',
  kind: overrides.kind ?? 'all',
  chips: new Set(overrides.chips ?? []),
});

describe('the token view', () => {
  it('sorts by worst warning, then risk, and counts once, chips included', () => {
    const view = tokenView(tokens, TODAY);
    expect(names(view.sorted)).toEqual(['admin', 'soon', 'bot', 'forever', 'month', 'idle', 'quiet']);
    expect(view.counts).toEqual({
      active: 7,
      atRisk: 4,
      expiringThisWeek: 1,
      chips: { expiring: 2, 'no-expiry': 1, broad: 2, unused: 1 },
    });
  });

  it('groups consecutive rows by their worst warning', () => {
    const groups = groupRows(tokenView(tokens, TODAY).sorted);
    expect(groups.map(({ group, rows }) => [group, names(rows)])).toEqual([
      ['critical', ['admin']],
      ['high', ['soon', 'bot', 'forever']],
      ['medium', ['month', 'idle']],
      ['none', ['quiet']],
    ]);
  });

  it('searches names, descriptions, owners and scopes, and filters by kind', () => {
    const { sorted } = tokenView(tokens, TODAY);
    expect(names(matchingRows(sorted, query({ text: 'BACKUP' }), TODAY))).toEqual(['forever']);
    expect(names(matchingRows(sorted, query({ text: 'acme/' }), TODAY))).toEqual(['bot']);
    expect(names(matchingRows(sorted, query({ text: 'api' }), TODAY))).toEqual(['bot']);
    expect(names(matchingRows(sorted, query({ kind: 'personal' }), TODAY))).not.toContain('bot');
  });

  it('shows the tokens of any pressed chip', () => {
    const { sorted } = tokenView(tokens, TODAY);
    const chip = (...chips: Chip[]) => names(matchingRows(sorted, query({ chips }), TODAY));
    expect(chip('expiring')).toEqual(['soon', 'month']);
    expect(chip('no-expiry')).toEqual(['forever']);
    expect(chip('broad')).toEqual(['admin', 'bot']);
    expect(chip('unused')).toEqual(['idle']);
    expect(chip('no-expiry', 'unused')).toEqual(['forever', 'idle']);
    expect(names(matchingRows(sorted, query({ chips: ['broad'], text: 'bot' }), TODAY))).toEqual(['bot']);
  });

  it('offers Recreate for tokens that stop within 30 days (UTC), not for revoked ones', () => {
    expect(worthRecreating(token({ expires_at: addDays(TODAY, 30) }), TODAY)).toBe(true);
    expect(worthRecreating(token({ expires_at: addDays(TODAY, 31) }), TODAY)).toBe(false);
    expect(worthRecreating(token({ expires_at: TODAY, revoked: true }), TODAY)).toBe(false);
    expect(worthRecreating(token({ expires_at: null }), TODAY)).toBe(false);
  });
});
