import { utcToday } from './dates';
import type { CachedToken, InstanceCache } from './inventory';
import { sortByRisk } from './risk';

/** Rows the popup paints first (riskiest first): its first paint reads these, not thousands of tokens. */
export const HEAD_SIZE = 50;

/**
 * The first `HEAD_SIZE` tokens of a cache by risk, and how many there are in all. Reading a large
 * cache from storage takes longer than the popup's whole first paint may; the full cache follows
 * right after it.
 */
export interface CacheHead extends Omit<InstanceCache, 'tokens'> {
  tokens: CachedToken[];
  total: number;
}

export function cacheHead(cache: InstanceCache, now = new Date()): CacheHead {
  const sorted = sortByRisk(cache.tokens, utcToday(now));
  return { ...cache, tokens: sorted.slice(0, HEAD_SIZE).map(({ token }) => token), total: cache.tokens.length };
}
