import { type Credentials, createGitLabClient, type GitLabClient, type PageProgress } from '../api/client';
import { ApiError } from '../api/errors';
import type { Instance } from '../instances';
import { type CachedToken, type InstanceCache, toCachedToken } from '../inventory';
import { collectResourceTokens, type Progress } from '../resource-inventory';
import { hasHostAccess } from './host-access';
import { cachedInstance, saveCache } from './token-cache';
import { tokenFor } from './token-vault';

export async function credentialsFor(instance: Instance): Promise<Credentials> {
  if (instance.mode === 'token') {
    const token = await tokenFor(instance.base);
    if (token) return { kind: 'token', token };
  }
  return { kind: 'session' };
}

/**
 * A client for `instance`, once the browser still grants Scopewise its host: withdrawn in the
 * browser's settings, every call would fail like a network error instead of saying why.
 */
export async function clientFor(instance: Instance, fetchImpl?: typeof fetch): Promise<GitLabClient> {
  if (!(await hasHostAccess(instance.base))) {
    throw new ApiError({ kind: 'no-access', host: new URL(instance.base).host });
  }
  return createGitLabClient({ base: instance.base, credentials: await credentialsFor(instance), fetch: fetchImpl });
}

export interface RefreshOptions {
  /** The personal tokens' pages read. */
  onPage?: PageProgress;
  /** The projects and groups checked. */
  onProgress?: Progress;
}

/**
 * Fetches the signed-in user's active tokens and caches them: their personal tokens (filtered by
 * the user's own id: administrators get every user's tokens from GitLab), then the access tokens of
 * every project they maintain and every group they own. A project or group that fails keeps its
 * tokens from the last good refresh and says why; a failure to list projects and groups at all
 * keeps all of them. Personal tokens failing fails the refresh (the last good cache stays).
 */
export async function refreshInstance(
  instance: Instance,
  client?: GitLabClient,
  { onPage, onProgress }: RefreshOptions = {},
): Promise<InstanceCache> {
  const api = client ?? (await clientFor(instance));
  const [user, metadata] = await Promise.all([api.user(), api.metadata().catch(() => undefined)]);
  const previous = await cachedInstance(instance.base);
  const { tokens, truncated } = await api.listTokens({
    userId: user.id,
    state: 'active',
    expectedTotal: previous?.tokens.filter((token) => !token.owner).length,
    onPage,
  });
  const personal = tokens.filter((token) => token.user_id === user.id).map((token) => toCachedToken(token));
  const resources = await collectResourceTokens(api, previous, onProgress);
  const cache: InstanceCache = {
    fetchedAt: new Date().toISOString(),
    userId: user.id,
    username: user.username,
    version: metadata?.version,
    tokens: [...personal, ...resources.tokens],
    ...(truncated ? { truncated } : {}),
    resources: resources.summary,
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
  const { tokens } = await api.listTokens({ userId, state: 'inactive' });
  return tokens.filter((token) => token.user_id === userId).map((token) => toCachedToken(token));
}
