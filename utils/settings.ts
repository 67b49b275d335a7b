import { storage } from 'wxt/utils/storage';
import type { Preset } from './catalog/schema';
import { customPresetsSchema } from './catalog/schema';

/**
 * The user's settings, in `storage.local` (never `sync`: custom presets may name internal tools).
 * One item per setting, so that saving one never overwrites another.
 */

export const DEFAULT_LIFETIME_DAYS = 30;

export const defaultLifetimeDays = storage.defineItem<number>('local:defaultLifetimeDays', {
  fallback: DEFAULT_LIFETIME_DAYS,
  version: 1,
});

/** Ids of built-in presets the user chose not to show. */
export const hiddenPresetIds = storage.defineItem<string[]>('local:hiddenPresetIds', { fallback: [], version: 1 });

export const customPresets = storage.defineItem<Preset[]>('local:customPresets', { fallback: [], version: 1 });

/** Logs what Scopewise skipped on a page (a selector that did not match), once each, to the console. */
export const debugMode = storage.defineItem<boolean>('local:debugMode', { fallback: false, version: 1 });

export interface Settings {
  defaultLifetimeDays: number;
  hiddenPresetIds: string[];
  customPresets: Preset[];
  debugMode: boolean;
}

/**
 * Reads every setting. Values that are not what Scopewise wrote (a hand-edited or corrupted store)
 * fall back to the defaults instead of breaking the page.
 */
export async function loadSettings(): Promise<Settings> {
  const [lifetime, hidden, custom, debug] = await Promise.all([
    defaultLifetimeDays.getValue(),
    hiddenPresetIds.getValue(),
    customPresets.getValue(),
    debugMode.getValue(),
  ]);
  const parsedCustom = customPresetsSchema.safeParse(custom);
  return {
    defaultLifetimeDays:
      Number.isInteger(lifetime) && lifetime >= 1 && lifetime <= 400 ? lifetime : DEFAULT_LIFETIME_DAYS,
    hiddenPresetIds: Array.isArray(hidden) ? hidden.filter((id) => typeof id === 'string') : [],
    customPresets: parsedCustom.success ? parsedCustom.data : [],
    debugMode: debug === true,
  };
}
