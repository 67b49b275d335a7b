import { i18n } from '#i18n';
import { isApiError } from '@/utils/api/errors';
import { apiProblemText } from '@/utils/browser/api-error-text';
import { updateBadge } from '@/utils/browser/badge';
import type { RefreshOptions } from '@/utils/browser/refresh';
import { expiryForLifetime } from '@/utils/dates';
import type { Instance } from '@/utils/instances';
import type { CachedToken, InstanceCache } from '@/utils/inventory';
import { rotationLifetimeDays } from '@/utils/risk';

/**
 * The popup's I/O, without state: each call reaches GitLab through the API client, which (with
 * zod) loads only after the first paint from the cache.
 */
const refreshModule = () => import('@/utils/browser/refresh');

export type Failure = { message: string; kind?: string };

export const failureOf = (error: unknown): Failure =>
  isApiError(error)
    ? { message: apiProblemText(error.problem), kind: error.kind }
    : { message: i18n.t('popup.failure.generic') };

/** A fresh list from GitLab, cached, and the badge updated from it. */
export async function refreshTokens(instance: Instance, progress: RefreshOptions): Promise<InstanceCache> {
  const { refreshInstance } = await refreshModule();
  const fresh = await refreshInstance(instance, undefined, progress);
  await updateBadge();
  return fresh;
}

export async function loadInactiveTokens(instance: Instance, userId: number): Promise<CachedToken[]> {
  const { inactiveTokens } = await refreshModule();
  return inactiveTokens(instance, userId);
}

/** The expiry a Rotate gives: today plus the token's original lifetime, as GitLab's own button does. */
export const rotatedExpiry = (token: CachedToken) => expiryForLifetime(rotationLifetimeDays(token), {});

export async function revokeToken(instance: Instance, token: CachedToken): Promise<void> {
  const { clientFor } = await refreshModule();
  const client = await clientFor(instance);
  if (token.owner) await client.revokeResourceToken(token.owner, token.id);
  else await client.revoke(token.id);
}

export interface RotatedToken {
  name: string;
  value: string;
  expiresAt: string | null;
}

/** Rotates once: a second rotate of a revoked token makes GitLab revoke the whole token family. */
export async function rotateToken(instance: Instance, token: CachedToken): Promise<RotatedToken> {
  const { clientFor } = await refreshModule();
  const client = await clientFor(instance);
  const expiresAt = rotatedExpiry(token);
  const result = token.owner
    ? await client.rotateResourceToken(token.owner, token.id, expiresAt)
    : await client.rotate(token.id, expiresAt);
  return { name: result.name, value: result.token, expiresAt: result.expires_at };
}
