import { cacheHead } from '../cache-head';
import type { InstanceCache } from '../inventory';
import { tokenCacheHeads, tokenCaches } from './storage';

/** The token cache of each instance, and its head, always written together. */

export async function cachedInstance(base: string): Promise<InstanceCache | undefined> {
  return (await tokenCaches.getValue())[base];
}

export async function saveCache(base: string, cache: InstanceCache): Promise<void> {
  await tokenCaches.setValue({ ...(await tokenCaches.getValue()), [base]: cache });
  await tokenCacheHeads.setValue({ ...(await tokenCacheHeads.getValue()), [base]: cacheHead(cache) });
}

export async function forgetCache(base: string): Promise<void> {
  const caches = { ...(await tokenCaches.getValue()) };
  const heads = { ...(await tokenCacheHeads.getValue()) };
  delete caches[base];
  delete heads[base];
  await tokenCaches.setValue(caches);
  await tokenCacheHeads.setValue(heads);
}

/**
 * Takes a token out of the cache (after Revoke or Rotate: the cache holds active tokens only),
 * without a refetch.
 */
export async function dropFromCache(base: string, id: number): Promise<void> {
  const cache = await cachedInstance(base);
  if (!cache) return;
  await saveCache(base, { ...cache, tokens: cache.tokens.filter((token) => token.id !== id) });
}
