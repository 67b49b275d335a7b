import { browser } from 'wxt/browser';
import type { Preset } from './catalog/schema';
import { isHttpsUrl } from './safe-url';

/**
 * The user's settings, in `storage.local` (never `sync`: custom presets may name internal tools),
 * one key per setting so that saving one never overwrites another. The extension's own pages use
 * them as typed @wxt-dev/storage items (settings-items.ts, same keys and fallbacks). GitLab's token
 * pages read them here with one `storage.local.get`: the storage library would add 3.7 KB gzip to
 * what Scopewise injects into every token page, and the background (which starts with the
 * browser) runs any item migrations before a page could need them.
 */

export const DEFAULT_LIFETIME_DAYS = 30;

export interface Settings {
  defaultLifetimeDays: number;
  /** Ids of built-in presets the user chose not to show. */
  hiddenPresetIds: string[];
  customPresets: Preset[];
  /** Logs what Scopewise skipped on a page (a selector that did not match), once each, to the console. */
  debugMode: boolean;
}

export const SETTINGS_FALLBACK: Readonly<Settings> = {
  defaultLifetimeDays: DEFAULT_LIFETIME_DAYS,
  hiddenPresetIds: [],
  customPresets: [],
  debugMode: false,
};

const ROLES = new Set(['guest', 'planner', 'reporter', 'developer', 'maintainer', 'owner']);

/**
 * The options page writes custom presets only after validating them with `presetSchema` (zod).
 * This check guards the token pages against a store changed by other means, field by field as the
 * page uses them, without shipping zod (8 KB gzip) into GitLab's page: a preset that fails it is
 * skipped, the others still show.
 */
export function isUsablePreset(value: unknown): value is Preset {
  if (typeof value !== 'object' || value === null) return false;
  const preset = value as Record<string, unknown>;
  return (
    typeof preset.id === 'string' &&
    typeof preset.name === 'string' &&
    typeof preset.description === 'string' &&
    isHttpsUrl(preset.source) &&
    (preset.narrower === undefined || typeof preset.narrower === 'string') &&
    Number.isInteger(preset.lifetimeDays) &&
    typeof preset.role === 'string' &&
    ROLES.has(preset.role) &&
    Array.isArray(preset.scopes) &&
    preset.scopes.length > 0 &&
    preset.scopes.every((scope) => typeof scope === 'string' && /^[a-z][a-z0-9_]*$/.test(scope))
  );
}

/**
 * Reads every setting. Values that are not what Scopewise wrote (a hand-edited or corrupted store)
 * fall back to the defaults instead of breaking the page.
 */
export async function loadSettings(): Promise<Settings> {
  const stored: Partial<Record<keyof Settings, unknown>> = await browser.storage.local.get(
    Object.keys(SETTINGS_FALLBACK) as Array<keyof Settings>,
  );
  const lifetime = stored.defaultLifetimeDays;
  const hidden = stored.hiddenPresetIds;
  const custom = stored.customPresets;
  return {
    defaultLifetimeDays:
      typeof lifetime === 'number' && Number.isInteger(lifetime) && lifetime >= 1 && lifetime <= 400
        ? lifetime
        : DEFAULT_LIFETIME_DAYS,
    hiddenPresetIds: Array.isArray(hidden) ? hidden.filter((id): id is string => typeof id === 'string') : [],
    // Evidence is the built-in catalog's alone (its runs and docs): a stored preset cannot claim it.
    customPresets: Array.isArray(custom)
      ? custom.filter(isUsablePreset).map(({ evidence: _, ...preset }) => preset)
      : [],
    debugMode: stored.debugMode === true,
  };
}
