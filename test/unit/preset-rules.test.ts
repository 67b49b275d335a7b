import { expect, it } from 'vitest';
import { describeBuiltin } from '../../components/preset-text';
import { isUsablePreset, PRESET_LENGTHS } from '../../utils/catalog/preset-rules';
import { BUILTIN_PRESETS } from '../../utils/catalog/presets';
import { presetSchema } from '../../utils/catalog/schema';

/** The options page's zod schema and the token pages' zod-free check, on the same candidates. */
const valid = {
  id: 'custom-mirror',
  name: 'Mirror',
  scopes: ['read_repository'],
  description: '',
  lifetimeDays: 30,
  role: 'reporter',
  source: 'https://wiki.example/mirror',
};

/** Broken in a way a token page relies on: both reject them. */
const unusable: Record<string, unknown> = {
  null: null,
  'a string': 'git-clone',
  'id not a string': { ...valid, id: 7 },
  'no name': { ...valid, name: undefined },
  'no description': { ...valid, description: undefined },
  'javascript: source': { ...valid, source: 'javascript:alert(1)' },
  'protocol-relative source': { ...valid, source: '//attacker.example/x' },
  'http source': { ...valid, source: 'http://wiki.example' },
  'narrower not a string': { ...valid, narrower: 3 },
  'fractional lifetime': { ...valid, lifetimeDays: 1.5 },
  'lifetime as text': { ...valid, lifetimeDays: '30' },
  'unknown role': { ...valid, role: 'root' },
  'no scopes': { ...valid, scopes: [] },
  'scopes as text': { ...valid, scopes: 'api' },
  'bad scope name': { ...valid, scopes: ['API!'] },
};

/** The editor's own rules: a token page can still use such a preset (a recreated token's long name). */
const editorOnly: Record<string, unknown> = {
  'long name': { ...valid, name: 'x'.repeat(PRESET_LENGTHS.name + 1) },
  'id with capitals': { ...valid, id: 'Mirror' },
  'lifetime over 400 days': { ...valid, lifetimeDays: 9000 },
};

it('every preset the options page accepts, a token page can use', () => {
  const builtins = BUILTIN_PRESETS.map(describeBuiltin);
  for (const candidate of [valid, ...builtins, ...Object.values(unusable), ...Object.values(editorOnly)]) {
    if (presetSchema.safeParse(candidate).success) expect(isUsablePreset(candidate)).toBe(true);
  }
  expect(presetSchema.safeParse(valid).success).toBe(true);
  expect(builtins.every(isUsablePreset)).toBe(true);
});

it.each(Object.entries(unusable))('both reject a preset a token page cannot use: %s', (_, candidate) => {
  expect(isUsablePreset(candidate)).toBe(false);
  expect(presetSchema.safeParse(candidate).success).toBe(false);
});

it.each(Object.entries(editorOnly))('only the options page holds a preset to its editor rules: %s', (_, candidate) => {
  expect(isUsablePreset(candidate)).toBe(true);
  expect(presetSchema.safeParse(candidate).success).toBe(false);
});
