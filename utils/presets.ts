import { BUILTIN_PRESETS } from './catalog/presets';
import type { Preset } from './catalog/schema';

/** The presets the user shows: built-ins not hidden, then custom ones (a custom id replaces a built-in). */
export function visiblePresets(settings: {
  hiddenPresetIds: readonly string[];
  customPresets: readonly Preset[];
}): Preset[] {
  const customIds = new Set(settings.customPresets.map((preset) => preset.id));
  const builtins = BUILTIN_PRESETS.filter(
    (preset) => !settings.hiddenPresetIds.includes(preset.id) && !customIds.has(preset.id),
  );
  return [...builtins, ...settings.customPresets];
}
