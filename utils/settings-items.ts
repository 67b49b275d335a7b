import { storage } from 'wxt/utils/storage';
import type { Preset } from './catalog/schema';
import { SETTINGS_FALLBACK } from './settings';

/** The settings as typed storage items, for the extension's own pages (keys as in settings.ts). */

export const defaultLifetimeDays = storage.defineItem<number>('local:defaultLifetimeDays', {
  fallback: SETTINGS_FALLBACK.defaultLifetimeDays,
  version: 1,
});

export const hiddenPresetIds = storage.defineItem<string[]>('local:hiddenPresetIds', {
  fallback: SETTINGS_FALLBACK.hiddenPresetIds,
  version: 1,
});

export const customPresets = storage.defineItem<Preset[]>('local:customPresets', {
  fallback: SETTINGS_FALLBACK.customPresets,
  version: 1,
});

export const debugMode = storage.defineItem<boolean>('local:debugMode', {
  fallback: SETTINGS_FALLBACK.debugMode,
  version: 1,
});
