import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { createGitLabClient } from '@/utils/api/client';
import { errorText } from '@/utils/browser/api-error-text';
import { updateBadge } from '@/utils/browser/badge';
import { registerTokenForms, unregisterTokenForms } from '@/utils/browser/dynamic-content-scripts';
import { hasHostAccess, requestHostAccess } from '@/utils/browser/host-access';
import { instances as instancesItem } from '@/utils/browser/storage';
import { forgetCache } from '@/utils/browser/token-cache';
import { setToken } from '@/utils/browser/token-vault';
import { GITLAB_COM, type Instance, normaliseInstanceUrl } from '@/utils/instances';
import { originPattern } from '@/utils/match-patterns';
import { addressProblemText } from './problem-text';

/**
 * Adding, changing and removing instances on the options page: host permissions, the stored list,
 * the token forms' script registration, the token vault, the cache and the badge. Every change
 * says what happened in a typed result; the component only renders it.
 */
export type InstanceChange = { ok: true; list: Instance[]; message: string } | { ok: false; message: string };

export const storedInstances = (): Promise<Instance[]> => instancesItem.getValue();

/** Which instances the browser still lets Scopewise reach (the user can withdraw access in its settings). */
export async function hostAccessOf(list: readonly Instance[]): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    list.map(async (instance) => [instance.base, await hasHostAccess(instance.base)] as const),
  );
  return Object.fromEntries(entries);
}

/** What the user typed, as an instance to add; `plainHttp` asks for a confirmation first. */
export function instanceFromAddress(
  address: string,
  list: readonly Instance[],
): { ok: true; instance: Instance; plainHttp: boolean } | { ok: false; message: string } {
  const normalised = normaliseInstanceUrl(address);
  if (!normalised.ok) return { ok: false, message: addressProblemText(normalised.error) };
  if (list.some((instance) => instance.base === normalised.base))
    return { ok: false, message: i18n.t('options.instances.alreadyListed', { instance: normalised.base }) };
  return {
    ok: true,
    instance: { base: normalised.base, label: normalised.base.replace(/^https?:\/\//, ''), mode: 'session' },
    plainHttp: normalised.origin.startsWith('http:'),
  };
}

/** Must be called from the click itself: browsers grant optional permissions only in a user gesture. */
export async function addInstance(list: readonly Instance[], instance: Instance): Promise<InstanceChange> {
  if (!(await requestHostAccess(instance.base)))
    return { ok: false, message: i18n.t('options.instances.accessDenied', { instance: instance.label }) };
  const next = [...list, instance];
  await instancesItem.setValue(next);
  await registerTokenForms(instance);
  return {
    ok: true,
    list: next,
    message: i18n.t('options.instances.added', { instance: instance.label }),
  };
}

/** Must be called from the click itself, as `addInstance`. */
export async function allowHostAccess(instance: Instance): Promise<void> {
  if (await requestHostAccess(instance.base)) await registerTokenForms(instance);
}

export async function removeInstance(list: readonly Instance[], instance: Instance): Promise<InstanceChange> {
  const rest = list.filter((other) => other.base !== instance.base);
  await instancesItem.setValue(rest);
  await unregisterTokenForms(instance.base);
  await setToken(instance.base, undefined);
  await forgetCache(instance.base);
  // Given back only when no other instance on the same origin needs it. A host the browser
  // granted at install (not at runtime) cannot be removed; nothing is lost then.
  const pattern = originPattern(instance.base);
  if (!rest.some((other) => originPattern(other.base) === pattern))
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await updateBadge();
  return { ok: true, list: rest, message: i18n.t('options.instances.removed', { instance: instance.label }) };
}

export async function setInstanceMode(
  list: readonly Instance[],
  instance: Instance,
  mode: Instance['mode'],
): Promise<Instance[]> {
  const next = list.map((other) => (other.base === instance.base ? { ...other, mode } : other));
  await instancesItem.setValue(next);
  // Back in session mode, the token has no use left: it is not kept "just in case".
  if (mode === 'session') await setToken(instance.base, undefined);
  return next;
}

export type TokenCheck = { ok: true; summary: string; message: string } | { ok: false; message: string };

/** Checks a token against its own instance (and only there), then keeps it in the vault. */
export async function checkAndSaveToken(instance: Instance, token: string): Promise<TokenCheck> {
  try {
    const client = createGitLabClient({ base: instance.base, credentials: { kind: 'token', token } });
    const self = await client.self();
    await setToken(instance.base, token);
    return {
      ok: true,
      summary: i18n.t('options.tokenMode.summary', {
        name: self.name,
        scopes: self.scopes.join(', '),
        expiry: self.expires_at
          ? i18n.t('options.tokenMode.expiresOn', { date: self.expires_at })
          : i18n.t('options.tokenMode.noExpiry'),
      }),
      message: i18n.t('options.tokenMode.tokenSaved', { instance: instance.label }),
    };
  } catch (error) {
    const reason = errorText(error, i18n.t('options.tokenMode.checkFailed'));
    return { ok: false, message: i18n.t('options.tokenMode.notSaved', { reason }) };
  }
}

export const isRemovable = (instance: Instance) => instance.base !== GITLAB_COM.base;
