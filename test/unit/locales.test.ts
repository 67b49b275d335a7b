import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../utils/catalog/permissions';
import { BUILTIN_PRESETS } from '../../utils/catalog/presets';
import { SCOPES } from '../../utils/catalog/scopes';

/**
 * The messages (`locales/*.yml`, read through `#i18n`): every locale has every key of the default
 * locale (`en`), with the same placeholders and plural forms, and every key is used by the code.
 * The code names its keys literally (`i18n.t('popup.refresh'…`), so a search finds each one.
 */
const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'locales');
const DEFAULT_LOCALE = 'en';
// utils/'s pure core cannot import `#i18n` (layers.test.ts); its glue and content-script runtime may.
const CODE_FOLDERS = ['entrypoints', 'components', 'utils'];

const localeFiles = readdirSync(LOCALES).filter((file) => file.endsWith('.yml'));

/** A message's key with what the code must pass it: its named placeholders and, for a plural, the forms. */
function shapes(messages: readonly ParsedMessage[]): Map<string, string> {
  // parseMessagesFile adds the browser's predefined messages (`@@ui_locale`…), which no file defines.
  const defined = messages.filter((message) => !message.key[0]?.startsWith('@@'));
  return new Map(
    defined.map((message) => {
      const named = [...message.namedSubstitutions].sort().join(',');
      const forms = message.type === 'plural' ? Object.keys(message.plurals).sort().join(',') : '';
      return [message.key.join('.'), `{${named}} ${message.type} ${forms}`.trim()];
    }),
  );
}

const sources = CODE_FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => readFileSync(join(ROOT, folder, file), 'utf8')),
);
const calls = sources.flatMap((source) => [...source.matchAll(/\bi18n\.t\(\s*([^,)]*)/g)].map(([, key = '']) => key));
// The manifest names its messages as the browser does: `__MSG_manifest_extensionDescription__` is `manifest.extensionDescription`.
const manifestKeys = [...readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+?)__/g)].map(
  ([, name = '']) => name.replaceAll('_', '.'),
);
const usedKeys = new Set([...calls.map((key) => key.replace(/^'([^']+)'$/, '$1')), ...manifestKeys]);

const defaults = shapes(await parseMessagesFile(join(LOCALES, `${DEFAULT_LOCALE}.yml`)));

/**
 * The catalogs' prose (components/catalog-text.ts), keyed `<namespace>.<id>.<field>` by the code:
 * per namespace, the ids of its catalog (an id's `-` written `_`), the fields every entry has and
 * those some entries have.
 */
const CATALOGS: Record<string, { ids: readonly string[]; required: readonly string[]; optional?: readonly string[] }> =
  {
    permissions: { ids: PERMISSIONS.map((permission) => permission.name), required: ['can'] },
    // The fine-grained presets' words are their legacy presets' (same ids): test/unit/fine-grained.test.ts.
    presets: {
      ids: BUILTIN_PRESETS.map((preset) => preset.id),
      required: ['description'],
      optional: ['narrower', 'fineGrainedNote', 'experimental', 'legacyOnly'],
    },
    scopes: { ids: SCOPES.map((scope) => scope.id), required: ['can', 'ifLeaked'], optional: ['note'] },
  };
const catalogOf = (key: string) => CATALOGS[key.split('.')[0] ?? ''];

it("the catalogs' prose names exactly the catalogs' entries, each with its fields", () => {
  for (const [namespace, catalog] of Object.entries(CATALOGS)) {
    const keys = [...defaults.keys()].filter((key) => key.startsWith(`${namespace}.`));
    const expected = catalog.ids.map((id) => id.replaceAll('-', '_'));
    const fieldsOf = (id: string) =>
      keys
        .filter((key) => key.startsWith(`${namespace}.${id}.`))
        .map((key) => key.slice(namespace.length + id.length + 2));
    expect(new Set(keys.map((key) => key.split('.')[1]))).toEqual(new Set(expected));
    for (const id of expected) {
      expect(fieldsOf(id), `${namespace}.${id}`).toEqual(expect.arrayContaining([...catalog.required]));
      expect(
        fieldsOf(id).filter((field) => ![...catalog.required, ...(catalog.optional ?? [])].includes(field)),
        `${namespace}.${id}`,
      ).toEqual([]);
    }
  }
});

it('every message name is one the browsers accept (ASCII letters, digits and _)', () => {
  expect([...defaults.keys()].filter((key) => !/^\w+$/.test(key.replaceAll('.', '_')))).toEqual([]);
});

it('the code names every key literally, so that the search below finds it', () => {
  expect(calls.filter((key) => !/^'[^']+'$/.test(key))).toEqual([]);
});

it('every key of the default locale is used by the code, and the code uses no other', () => {
  expect([...defaults.keys()].filter((key) => !usedKeys.has(key) && !catalogOf(key))).toEqual([]);
  expect([...usedKeys].filter((key) => !defaults.has(key))).toEqual([]);
});

describe.each(localeFiles.filter((file) => file !== `${DEFAULT_LOCALE}.yml`))('%s', (file) => {
  it(`has every key of ${DEFAULT_LOCALE}.yml and no other, with the same placeholders and plural forms`, async () => {
    const messages = shapes(await parseMessagesFile(join(LOCALES, file)));
    expect(Object.fromEntries(messages)).toEqual(Object.fromEntries(defaults));
  });
});

it('German is one of the locales', () => {
  expect(localeFiles).toContain('de.yml');
});
