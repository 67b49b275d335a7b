import { BUILTIN_PRESETS } from './catalog/presets';
import type { BuiltinPreset, Preset } from './catalog/schema';

/** The presets of a catalog (legacy or fine-grained) that the user did not hide. */
export function unhiddenPresets<P extends { id: string }>(
  presets: readonly P[],
  hiddenPresetIds: readonly string[],
): P[] {
  return presets.filter((preset) => !hiddenPresetIds.includes(preset.id));
}

/**
 * The presets the user shows: built-ins not hidden, then custom ones (a custom id replaces a
 * built-in). `describe` gives a built-in its words, in the user's language (custom presets keep
 * what the user typed).
 */
export function visiblePresets(
  settings: { hiddenPresetIds: readonly string[]; customPresets: readonly Preset[] },
  describe: (preset: BuiltinPreset) => Preset,
): Preset[] {
  const customIds = new Set(settings.customPresets.map((preset) => preset.id));
  const builtins = unhiddenPresets(BUILTIN_PRESETS, settings.hiddenPresetIds).filter(
    (preset) => !customIds.has(preset.id),
  );
  return [...builtins.map(describe), ...settings.customPresets];
}
