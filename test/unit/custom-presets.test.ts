import { expect, it } from 'vitest';
import { ROLES } from '../../utils/catalog/roles';
import type { Preset } from '../../utils/catalog/schema';
import {
  exportPresetsFile,
  mergePresets,
  parsePreset,
  parsePresetsFile,
  presetIdFor,
} from '../../utils/custom-presets';
import { LONGEST_LIFETIME_DAYS } from '../../utils/dates';
import type { SchemaIssue } from '../../utils/schema-errors';

const valid: Preset = {
  id: 'custom-internal-mirror',
  name: 'Internal mirror',
  scopes: ['read_repository'],
  description: 'Nightly mirror job.',
  lifetimeDays: 30,
  role: 'reporter',
  source: 'https://wiki.example/mirror',
};

/** A schema failure: the fields at fault and the rules they break, as data (the options page words them). */
const invalid = (...issues: SchemaIssue[]) => ({ kind: 'invalid', issues });

it('round-trips an export', () => {
  const parsed = parsePresetsFile(exportPresetsFile([valid]));
  expect(parsed).toEqual({ ok: true, value: [valid] });
  expect(parsePresetsFile(JSON.stringify([valid]))).toEqual({ ok: true, value: [valid] });
});

it.each([
  ['not json', '{presets: [', { kind: 'not-json', cause: expect.any(String) }],
  ['wrong shape', '{"items": []}', { kind: 'not-presets' }],
  [
    'missing scopes',
    JSON.stringify({ presets: [{ ...valid, scopes: [] }] }),
    invalid({ path: 'presets[0].scopes', rule: 'needs-scope' }),
  ],
  [
    'bad scope',
    JSON.stringify({ presets: [valid, { ...valid, id: 'x', scopes: ['API!'] }] }),
    invalid({ path: 'presets[1].scopes[0]', rule: 'scope-id' }),
  ],
  [
    'http source',
    JSON.stringify({ presets: [{ ...valid, source: 'http://wiki.example' }] }),
    invalid({ path: 'presets[0].source', rule: 'https-source' }),
  ],
  [
    'lifetime',
    JSON.stringify([{ ...valid, lifetimeDays: 9000 }]),
    invalid({ path: '[0].lifetimeDays', rule: 'too-high', maximum: LONGEST_LIFETIME_DAYS }),
  ],
  [
    'duplicate ids',
    JSON.stringify({ presets: [valid, valid] }),
    { kind: 'duplicate-id', at: 'presets[1].', id: 'custom-internal-mirror' },
  ],
  [
    'role',
    JSON.stringify({ presets: [{ ...valid, role: 'admin' }] }),
    invalid({ path: 'presets[0].role', rule: 'one-of', options: [...ROLES] }),
  ],
  [
    'javascript: source',
    JSON.stringify({ presets: [{ ...valid, source: 'javascript:alert(1)' }] }),
    invalid({ path: 'presets[0].source', rule: 'https-source' }),
  ],
  [
    'a built-in preset’s name with broader scopes',
    JSON.stringify({
      presets: [valid, { ...valid, id: 'custom-x', name: 'git clone / pull', scopes: ['api', 'sudo'] }],
    }),
    { kind: 'built-in-name', at: 'presets[1].', name: 'git clone / pull' },
  ],
  [
    'a built-in preset’s id',
    JSON.stringify({ presets: [{ ...valid, id: 'git-clone', scopes: ['api'] }] }),
    { kind: 'built-in-id', at: 'presets[0].', id: 'git-clone', builtIn: 'Git clone / pull' },
  ],
])('rejects a bad file (%s) naming the field at fault', (_label, text, problem) => {
  expect(parsePresetsFile(text)).toEqual({ ok: false, error: problem });
});

it('an import replaces presets with the same id and keeps every other saved one', () => {
  const other = { ...valid, id: 'custom-other', name: 'Other' };
  const updated = { ...valid, lifetimeDays: 7 };
  expect(mergePresets([valid, other], [updated])).toEqual([other, updated]);
});

it('validates the editor’s preset and names its fields', () => {
  expect(parsePreset(valid)).toEqual({ ok: true, value: valid });
  const bad = parsePreset({ ...valid, name: '' });
  expect(bad.ok).toBe(false);
  expect(bad).toEqual({ ok: false, error: invalid({ path: 'name', rule: 'too-short', minimum: 1 }) });
  const impostor = parsePreset({ ...valid, name: 'Renovate', scopes: ['api', 'sudo'] });
  expect(impostor).toEqual({ ok: false, error: { kind: 'built-in-name', at: '', name: 'Renovate' } });
});

it('makes fresh ids that never clash with built-in or saved presets', () => {
  expect(presetIdFor('Internal mirror', [])).toBe('custom-internal-mirror');
  expect(presetIdFor('Internal mirror', [valid])).toBe('custom-internal-mirror-2');
  expect(presetIdFor('!!!', [])).toBe('custom-preset');
});
