import { storage } from 'wxt/utils/storage';
import { type Credentials, createGitLabClient, type GitLabClient } from './api/client';
import type { ApiToken } from './api/schemas';
import { utcToday } from './dates';
import { type Instance, tokenFor } from './instances';
import { expiringWithin } from './risk';

/**
 * What Scopewise keeps of a token: the listed fields, picked one by one so that a secret (the
 * `token` of a rotate response, or any field GitLab may add) can never reach the cache.
 */
export interface CachedToken {
  id: number;
  name: string;
  description: string | null;
  revoked: boolean;
  active: boolean;
  scopes: string[];
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  last_used_ips: string[];
  granular: boolean;
}

export function toCachedToken(token: ApiToken): CachedToken {
  return {
    id: token.id,
    name: token.name,
    description: token.description ?? null,
    revoked: token.revoked,
    active: token.active,
    scopes: [...token.scopes],
    created_at: token.created_at,
    last_used_at: token.last_used_at ?? null,
    expires_at: token.expires_at,
    last_used_ips: [...(token.last_used_ips ?? [])],
    granular: token.granular ?? false,
  };
}

export interface InstanceCache {
  fetchedAt: string;
  userId: number;
  username: string;
  version?: string;
  tokens: CachedToken[];
}

export const tokenCaches = storage.defineItem<Record<string, InstanceCache>>('local:tokenCaches', {
  fallback: {},
  version: 1,
});

export async function cachedInstance(base: string): Promise<InstanceCache | undefined> {
  return (await tokenCaches.getValue())[base];
}

async function saveCache(base: string, cache: InstanceCache): Promise<void> {
  await tokenCaches.setValue({ ...(await tokenCaches.getValue()), [base]: cache });
}

export async function credentialsFor(instance: Instance): Promise<Credentials> {
  if (instance.mode === 'token') {
    const token = await tokenFor(instance.base);
    if (token) return { kind: 'token', token };
  }
  return { kind: 'session' };
}

export async function clientFor(instance: Instance, fetchImpl?: typeof fetch): Promise<GitLabClient> {
  return createGitLabClient({ base: instance.base, credentials: await credentialsFor(instance), fetch: fetchImpl });
}

/**
 * Fetches the signed-in user's active tokens and caches them. Administrators get every user's
 * tokens from GitLab, so the list is always filtered by the user's own id.
 */
export async function refreshInstance(instance: Instance, client?: GitLabClient): Promise<InstanceCache> {
  const api = client ?? (await clientFor(instance));
  const [user, metadata] = await Promise.all([api.user(), api.metadata().catch(() => undefined)]);
  const tokens = await api.listTokens({ userId: user.id, state: 'active' });
  const cache: InstanceCache = {
    fetchedAt: new Date().toISOString(),
    userId: user.id,
    username: user.username,
    version: metadata?.version,
    tokens: tokens.filter((token) => token.user_id === user.id).map(toCachedToken),
  };
  await saveCache(instance.base, cache);
  return cache;
}

/** Inactive (revoked or expired) tokens, on demand; not cached. */
export async function inactiveTokens(
  instance: Instance,
  userId: number,
  client?: GitLabClient,
): Promise<CachedToken[]> {
  const api = client ?? (await clientFor(instance));
  const tokens = await api.listTokens({ userId, state: 'inactive' });
  return tokens.filter((token) => token.user_id === userId).map(toCachedToken);
}

/** Marks a token revoked in the cache (after Revoke or Rotate), without a refetch. */
export async function markRevoked(base: string, id: number): Promise<void> {
  const cache = await cachedInstance(base);
  if (!cache) return;
  await saveCache(base, { ...cache, tokens: cache.tokens.filter((token) => token.id !== id) });
}

/** Active tokens across instances that expire within `days`, for the badge. */
export function expiringCount(caches: Record<string, InstanceCache>, days: number, now = new Date()): number {
  const today = utcToday(now);
  return Object.values(caches).reduce((sum, cache) => sum + expiringWithin(cache.tokens, today, days).length, 0);
}
