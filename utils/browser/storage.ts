import { browser } from 'wxt/browser';
import type { CacheHead } from '../cache-head';
import { isUsablePreset, type PresetFields } from '../catalog/preset-rules';
import type { Preset } from '../catalog/schema';
import { DEFAULT_MAX_LIFETIME_DAYS } from '../dates';
import type { BadgeScope } from '../expiry-alerts';
import { GITLAB_COM, type Instance } from '../instances';
import type { InstanceCache } from '../inventory';

/**
 * Everything Scopewise keeps in `storage.local`, each key declared once here with its fallback and
 * limits, for the worker, the extension's pages and the content scripts alike. `storage.local` and
 * never `sync` (custom presets may name internal tools), one key per setting so that saving one
 * never overwrites another. Without a storage library: @wxt-dev/storage adds 3.7 KB gzip to what a
 * token page may get (20 KB) and reads every item it defines as soon as its module loads, which for
 * a cache of thousands of tokens would hold up the popup's first paint. Here a key is read when asked.
 *
 * Versions: every key still holds the shape it was first written in. A field added since is
 * optional (an older cache still reads) and the token pages check every setting they read
 * (`loadSettings`), so no stored value has needed a migration. A shape that cannot be read that way
 * gets a new key, and the old one is moved on use, as the token vault does with `instanceTokens`.
 *
 * Not here: the tokens given for token mode, kept in the extension origin's IndexedDB
 * (`token-vault.ts`), where GitLab's pages cannot read them as they can read `storage.local`.
 */

export interface StoredItem<T> {
  readonly key: string;
  readonly fallback: T;
  /** The stored value, or the fallback when there is none: what Scopewise wrote, unchecked. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

function item<T>(key: string, fallback: T): StoredItem<T> {
  return {
    key,
    fallback,
    getValue: async () => ((await browser.storage.local.get(key))[key] as T | null | undefined) ?? fallback,
    setValue: (value) => browser.storage.local.set({ [key]: value }),
  };
}

/** A whole number within `limits`. */
export interface Limits {
  readonly min: number;
  readonly max: number;
}

export const inLimits = (value: unknown, { min, max }: Limits): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

// Settings (the options page writes them; the token pages read them with `loadSettings`).

/**
 * The lifetime token forms without an expiry date get, in days. At most GitLab's default maximum,
 * which every instance accepts; a form that allows less caps it, and one that allows 400 days
 * (where GitLab's flag is on) still gets a year.
 */
export const defaultLifetimeDays = item('defaultLifetimeDays', 30);
export const LIFETIME_LIMITS: Limits = { min: 1, max: DEFAULT_MAX_LIFETIME_DAYS };
/** Ids of built-in presets the user chose not to show. */
export const hiddenPresetIds = item<string[]>('hiddenPresetIds', []);
/** The user's own presets, validated by the options page (`presetSchema`) before every write. */
export const customPresets = item<Preset[]>('customPresets', []);
/** Logs what Scopewise skipped on a page (a selector that did not match), once each, to the console. */
export const debugMode = item('debugMode', false);

// Instances and the badge (the options page writes them; the worker and the popup read them).

export const instances = item<Instance[]>('instances', [GITLAB_COM]);
/** The badge counts active tokens expiring within this many days (GitLab's first email is at 7). */
export const badgeDays = item('badgeDays', 7);
export const BADGE_DAYS_LIMITS: Limits = { min: 1, max: 90 };
export const badgeScope = item<BadgeScope>('badgeScope', 'all');
/** Notifications are opt-in (an optional permission). */
export const notificationsEnabled = item('notificationsEnabled', false);
/** Which threshold each token was last notified for (`<base>#<id>`), so each is named once per threshold. */
export const notifiedThresholds = item<Record<string, number>>('notifiedThresholds', {});

// The token cache, by instance base (the worker and the popup write it; see token-cache.ts).

export const tokenCaches = item<Record<string, InstanceCache>>('tokenCaches', {});
/** Each cache's head (see cache-head.ts), for the popup's first paint. */
export const tokenCacheHeads = item<Record<string, CacheHead>>('tokenCacheHeads', {});

export interface Settings {
  defaultLifetimeDays: number;
  hiddenPresetIds: string[];
  customPresets: Preset[];
  debugMode: boolean;
}

/**
 * Every setting, with one `storage.local.get`, for GitLab's token pages. Values that are not what
 * Scopewise wrote (a hand-edited or corrupted store) fall back to the defaults instead of breaking
 * the page, and are left in the store for the user to fix.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get([
    defaultLifetimeDays.key,
    hiddenPresetIds.key,
    customPresets.key,
    debugMode.key,
  ]);
  const lifetime: unknown = stored[defaultLifetimeDays.key];
  const hidden: unknown = stored[hiddenPresetIds.key];
  const custom: unknown = stored[customPresets.key];
  return {
    defaultLifetimeDays: inLimits(lifetime, LIFETIME_LIMITS) ? lifetime : defaultLifetimeDays.fallback,
    hiddenPresetIds: Array.isArray(hidden) ? hidden.filter((id): id is string => typeof id === 'string') : [],
    // Evidence is the built-in catalog's alone (its runs and docs): a stored preset cannot claim it.
    customPresets: Array.isArray(custom)
      ? custom.filter(isUsablePreset).map(({ evidence: _, ...preset }: PresetFields & { evidence?: unknown }) => preset)
      : [],
    debugMode: stored[debugMode.key] === true,
  };
}
