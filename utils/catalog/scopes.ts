import { highestOf } from './risk-levels';
import type { RiskLevel, ScopeInfo } from './schema';

/**
 * Every legacy scope GitLab 19.x can offer on a token form, with what it really permits.
 * Facts and risk ratings from GitLab's source (`doc/user/profile/personal_access_tokens.md`'s
 * scope table, `lib/gitlab/auth.rb`'s abilities per scope). Scopes are keyed by their value, which is not
 * localized; labels and help texts on the page are. What each one lets a token do, what a leak of it
 * allows and what people get wrong about it are messages, `scopes.<id>.can|ifLeaked|note` in
 * `locales/*.yml` (components/catalog-text.ts).
 */
export const SCOPES: readonly ScopeInfo[] = [
  {
    id: 'api',
    risk: 'critical',
    since: '8.15',
  },
  {
    id: 'read_api',
    risk: 'high',
    since: '12.10',
  },
  {
    id: 'read_user',
    risk: 'low',
    since: '8.15',
    personalOnly: true,
  },
  {
    id: 'read_repository',
    risk: 'high',
    since: '10.7',
  },
  {
    id: 'write_repository',
    risk: 'high',
    since: '11.11',
  },
  {
    id: 'read_registry',
    risk: 'medium',
    since: '9.3',
  },
  {
    id: 'write_registry',
    risk: 'high',
    since: '12.10',
  },
  {
    id: 'read_virtual_registry',
    risk: 'low',
    since: '17.11',
  },
  {
    id: 'write_virtual_registry',
    risk: 'medium',
    since: '18.0',
  },
  {
    id: 'create_runner',
    risk: 'high',
    since: '16.0',
  },
  {
    id: 'manage_runner',
    risk: 'high',
    since: '17.1',
  },
  {
    id: 'k8s_proxy',
    risk: 'high',
    since: '16.4',
  },
  {
    id: 'self_rotate',
    risk: 'medium',
    since: '17.9',
  },
  {
    id: 'ai_features',
    risk: 'medium',
    since: '16.0',
  },
  {
    id: 'sudo',
    risk: 'critical',
    since: '10.2',
    adminOnly: true,
    personalOnly: true,
  },
  {
    id: 'admin_mode',
    risk: 'critical',
    since: '15.8',
    adminOnly: true,
    personalOnly: true,
  },
  {
    id: 'read_service_ping',
    risk: 'low',
    since: '17.1',
    adminOnly: true,
    personalOnly: true,
  },
  {
    id: 'read_observability',
    risk: 'low',
    since: '16.0',
  },
  {
    id: 'write_observability',
    risk: 'medium',
    since: '16.0',
  },
];

const BY_ID = new Map(SCOPES.map((scope) => [scope.id, scope]));

export function scopeInfo(id: string): ScopeInfo | undefined {
  return BY_ID.get(id);
}

export function isKnownScope(id: string): boolean {
  return BY_ID.has(id);
}

export function scopeRisk(id: string): RiskLevel | 'unknown' {
  return BY_ID.get(id)?.risk ?? 'unknown';
}

/** The highest risk among `scopes`; an unknown scope ranks just below critical (see highestOf). */
export function highestRisk(scopes: readonly string[]): RiskLevel | 'unknown' | undefined {
  return highestOf(scopes.map(scopeRisk));
}
