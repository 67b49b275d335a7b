import { highestOf } from './risk-levels';
import type { RiskLevel, ScopeInfo } from './schema';

/**
 * Every legacy scope GitLab 19.x can offer on a token form, with what it really permits.
 * Facts and risk ratings from GitLab's source (`doc/user/profile/personal_access_tokens.md`'s
 * scope table, `lib/gitlab/auth.rb`'s abilities per scope). Scopes are keyed by their value, which is not
 * localized; labels and help texts on the page are.
 */
export const SCOPES: readonly ScopeInfo[] = [
  {
    id: 'api',
    can: 'call the whole API read-write, Git push and the registries included',
    risk: 'critical',
    ifLeaked:
      'Anyone holding it can change or delete everything you can reach, and create SSH keys, access tokens, deploy tokens and webhooks that keep working after this token is revoked.',
    note: 'Also covers Git push and pull over HTTPS and the container and package registries. It does not replace k8s_proxy, sudo or admin_mode.',
    since: '8.15',
  },
  {
    id: 'read_api',
    can: 'read everything you can see through the API',
    risk: 'high',
    ifLeaked:
      'Anyone holding it can read all your private code, issues and merge requests, and settings your role can see, without changing anything.',
    note: 'Covers GET /user too, so read_user is redundant next to it.',
    since: '12.10',
  },
  {
    id: 'read_user',
    can: 'read your profile',
    risk: 'low',
    ifLeaked: 'Anyone holding it can read your profile, including your private email address. No code, no Git.',
    since: '8.15',
    personalOnly: true,
  },
  {
    id: 'read_repository',
    can: 'clone and pull repositories',
    risk: 'high',
    ifLeaked: 'Anyone holding it can download the source of every private repository you can see.',
    since: '10.7',
  },
  {
    id: 'write_repository',
    can: 'push to repositories over HTTPS',
    risk: 'high',
    ifLeaked:
      'Anyone holding it can push code to every repository you can push to, and every push can start CI pipelines that read project secrets.',
    note: 'Git over HTTPS only: it cannot call the API at all.',
    since: '11.11',
  },
  {
    id: 'read_registry',
    can: 'pull container images',
    risk: 'medium',
    ifLeaked: 'Anyone holding it can pull your private images, and any secrets baked into them.',
    since: '9.3',
  },
  {
    id: 'write_registry',
    can: 'push container images',
    risk: 'high',
    ifLeaked: 'Anyone holding it can replace your images with poisoned ones that your deployments then run.',
    note: 'Does not include pull: docker push needs read_registry as well.',
    since: '12.10',
  },
  {
    id: 'read_virtual_registry',
    can: 'pull images through the dependency proxy',
    risk: 'low',
    ifLeaked: "Anyone holding it can pull images cached in your groups' dependency proxy.",
    note: 'Pair it with read_registry for the dependency proxy.',
    since: '17.11',
  },
  {
    id: 'write_virtual_registry',
    can: 'push and delete images in the dependency proxy',
    risk: 'medium',
    ifLeaked: "Anyone holding it can poison or delete your groups' dependency proxy cache.",
    note: 'Pair it with write_registry for the dependency proxy.',
    since: '18.0',
  },
  {
    id: 'create_runner',
    can: 'create runners',
    risk: 'high',
    ifLeaked: 'Anyone holding it can register a rogue runner that picks up your jobs and reads their secrets.',
    since: '16.0',
  },
  {
    id: 'manage_runner',
    can: 'change and delete runners',
    risk: 'high',
    ifLeaked: 'Anyone holding it can move runners between projects, or stop your CI by disabling them.',
    since: '17.1',
  },
  {
    id: 'k8s_proxy',
    can: 'call Kubernetes through the GitLab agent',
    risk: 'high',
    ifLeaked: "Anyone holding it can call your clusters' Kubernetes API as the agent, which is often cluster-wide.",
    note: 'The only scope the agent accepts: api does not include it.',
    since: '16.4',
  },
  {
    id: 'self_rotate',
    can: 'rotate itself',
    risk: 'medium',
    ifLeaked:
      'Anyone holding it can rotate the token, locking you out and getting a fresh token for the maximum lifetime.',
    since: '17.9',
  },
  {
    id: 'ai_features',
    can: 'use GitLab Duo',
    risk: 'medium',
    ifLeaked: 'Anyone holding it can ask Duo Chat about code and issues you can see, on your paid seat.',
    since: '16.0',
  },
  {
    id: 'sudo',
    can: 'act as any user of the instance',
    risk: 'critical',
    ifLeaked: 'Anyone holding it can act as any user, administrators included: a takeover of the whole instance.',
    note: 'Only for administrators; rarely needed by any integration.',
    since: '10.2',
    adminOnly: true,
    personalOnly: true,
  },
  {
    id: 'admin_mode',
    can: 'make administrator API calls',
    risk: 'critical',
    ifLeaked:
      'Anyone holding it can change instance settings, users and every project: a takeover of the whole instance.',
    note: 'Only for administrators on self-managed GitLab.',
    since: '15.8',
    adminOnly: true,
    personalOnly: true,
  },
  {
    id: 'read_service_ping',
    can: 'download Service Ping data',
    risk: 'low',
    ifLeaked: "Anyone holding it can read your instance's usage statistics and metadata.",
    since: '17.1',
    adminOnly: true,
    personalOnly: true,
  },
  {
    id: 'read_observability',
    can: 'read observability data',
    risk: 'low',
    ifLeaked: "Anyone holding it can read your projects' observability data.",
    since: '16.0',
  },
  {
    id: 'write_observability',
    can: 'write observability data',
    risk: 'medium',
    ifLeaked: "Anyone holding it can write false traces, metrics and logs into your projects' observability data.",
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
