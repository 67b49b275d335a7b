import { BUILTIN_PRESETS } from './catalog/presets';
import { customPresetsSchema, type Preset, presetSchema } from './catalog/schema';
import { describeIssues, type SchemaIssue } from './schema-errors';

/**
 * Why a preset or a presets file is refused, with what the words need (the options page words it).
 * `at` is where in the file, `presets[2].` (empty for the editor's one preset); `issues`: the
 * fields at fault (schema-errors.ts).
 */
export type PresetProblem =
  | { kind: 'not-json'; cause: string }
  | { kind: 'not-presets' }
  | { kind: 'invalid'; issues: SchemaIssue[] }
  | { kind: 'duplicate-id'; at: string; id: string }
  | { kind: 'built-in-id'; at: string; id: string; builtIn: string }
  | { kind: 'built-in-name'; at: string; name: string };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: PresetProblem };

/**
 * A custom preset must not pass for one of Scopewise's own: a file that brings "Git clone / pull"
 * with `api, sudo` would otherwise show under the trusted name. The error names the field.
 */
function impersonation(preset: Preset, at: string): PresetProblem | undefined {
  const name = preset.name.trim().toLowerCase();
  const builtIn = BUILTIN_PRESETS.find((other) => other.id === preset.id || other.name.toLowerCase() === name);
  if (!builtIn) return undefined;
  return builtIn.id === preset.id
    ? { kind: 'built-in-id', at, id: preset.id, builtIn: builtIn.name }
    : { kind: 'built-in-name', at, name: preset.name };
}

/** Validates one preset from the editor; the error names the field at fault. */
export function parsePreset(candidate: unknown): ParseResult<Preset> {
  const parsed = presetSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: { kind: 'invalid', issues: describeIssues(parsed.error) } };
  const error = impersonation(parsed.data, '');
  return error ? { ok: false, error } : { ok: true, value: parsed.data };
}

/**
 * Reads an exported presets file: `{"presets": [...]}` or a bare array. A bad file is rejected as
 * a whole with the exact field at fault (e.g. `presets[2].scopes[0]: …`), so nothing saved changes.
 */
export function parsePresetsFile(text: string): ParseResult<Preset[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'not-json', cause: error instanceof Error ? error.message : String(error) } };
  }
  const list = Array.isArray(json) ? json : (json as { presets?: unknown } | null)?.presets;
  const root = Array.isArray(json) ? '' : 'presets';
  if (!Array.isArray(list)) return { ok: false, error: { kind: 'not-presets' } };
  const parsed = customPresetsSchema.safeParse(list);
  if (!parsed.success) return { ok: false, error: { kind: 'invalid', issues: describeIssues(parsed.error, { root }) } };
  const ids = new Set<string>();
  for (const [index, preset] of parsed.data.entries()) {
    if (ids.has(preset.id))
      return { ok: false, error: { kind: 'duplicate-id', at: `${root}[${index}].`, id: preset.id } };
    ids.add(preset.id);
    const error = impersonation(preset, `${root}[${index}].`);
    if (error) return { ok: false, error };
  }
  return { ok: true, value: parsed.data };
}

/** Imported presets replace saved ones with the same id and keep every other saved preset. */
export function mergePresets(saved: readonly Preset[], imported: readonly Preset[]): Preset[] {
  const importedIds = new Set(imported.map((preset) => preset.id));
  return [...saved.filter((preset) => !importedIds.has(preset.id)), ...imported];
}

export function exportPresetsFile(presets: readonly Preset[]): string {
  return `${JSON.stringify({ presets }, null, 2)}\n`;
}

/** A fresh id from a name, unique among built-in and saved presets. */
export function presetIdFor(name: string, taken: readonly Preset[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'preset';
  const used = new Set([...BUILTIN_PRESETS, ...taken].map((preset) => preset.id));
  let id = `custom-${base}`;
  for (let n = 2; used.has(id); n++) id = `custom-${base}-${n}`;
  return id;
}
