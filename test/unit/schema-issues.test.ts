import { expect, it } from 'vitest';
import { z } from 'zod';
import { tokenListSchema } from '../../utils/api/schemas';
import { schemaIssuesText } from '../../utils/browser/schema-issue-text';
import { ROLES } from '../../utils/catalog/roles';
import { presetSchema } from '../../utils/catalog/schema';
import { LONGEST_LIFETIME_DAYS } from '../../utils/dates';
import { describeIssues, type SchemaIssue } from '../../utils/schema-errors';
import { message, useLocale } from './messages';

/** A zod failure's fields at fault, as the core gives them. */
function issuesOf(schema: z.ZodType, value: unknown, options?: Parameters<typeof describeIssues>[1]) {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return describeIssues(parsed.error, options);
}

/** A preset breaking every rule it can, once each, in the schema's order. */
const brokenPreset = {
  id: 'Mine!',
  name: '',
  scopes: [],
  lifetimeDays: LONGEST_LIFETIME_DAYS + 1,
  role: 'admin',
  source: 'http://wiki.example',
  narrower: 5,
};
const brokenPresetIssues: SchemaIssue[] = [
  { path: 'id', rule: 'preset-id' },
  { path: 'name', rule: 'too-short', minimum: 1 },
  { path: 'scopes', rule: 'needs-scope' },
  { path: 'description', rule: 'required' },
  { path: 'lifetimeDays', rule: 'too-high', maximum: LONGEST_LIFETIME_DAYS },
  // The value the file says stays out.
  { path: 'role', rule: 'one-of', options: [...ROLES] },
  { path: 'source', rule: 'https-source' },
  { path: 'narrower', rule: 'type', expected: 'string', received: 'number' },
];

it('gives each field at fault as data: its path and the rule it breaks, with the schema’s values', () => {
  expect(issuesOf(presetSchema, brokenPreset)).toEqual(brokenPresetIssues);
  expect(issuesOf(presetSchema, { ...brokenPreset, id: 'x'.repeat(65), scopes: ['API'], lifetimeDays: 0 })).toEqual(
    expect.arrayContaining([
      { path: 'id', rule: 'too-long', maximum: 64 },
      { path: 'scopes[0]', rule: 'scope-id' },
      { path: 'lifetimeDays', rule: 'too-low', minimum: 1 },
    ]),
  );
  expect(issuesOf(presetSchema, { ...brokenPreset, lifetimeDays: 1.5 })).toContainEqual({
    path: 'lifetimeDays',
    rule: 'type',
    expected: 'integer',
    received: 'float',
  });
  const token = { id: 1, name: 'T', revoked: false, active: true, scopes: [], user_id: 1, expires_at: null };
  expect(issuesOf(tokenListSchema, [{ ...token, created_at: 'yesterday', expires_at: 'soon' }])).toEqual([
    { path: '[0].created_at', rule: 'timestamp' },
    { path: '[0].expires_at', rule: 'date' },
  ]);
  expect(issuesOf(tokenListSchema, { tokens: [] })).toEqual([
    { path: '', rule: 'type', expected: 'array', received: 'object' },
  ]);
});

it('names the fields from `root`, and at most `limit` of them', () => {
  expect(issuesOf(z.array(presetSchema), [brokenPreset], { root: 'presets' })[0]).toEqual({
    path: 'presets[0].id',
    rule: 'preset-id',
  });
  expect(issuesOf(presetSchema, brokenPreset, { limit: 1 })).toEqual([{ path: 'id', rule: 'preset-id' }]);
});

it('gives any other failure as invalid: a check zod words otherwise, a message that is no rule of Scopewise’s', () => {
  expect(issuesOf(z.number().gt(0), 0)).toEqual([{ path: '', rule: 'invalid' }]);
  expect(issuesOf(z.string().length(3), 'ab')).toEqual([{ path: '', rule: 'invalid' }]);
  expect(issuesOf(z.array(z.string()).min(2), ['a'])).toEqual([{ path: '', rule: 'invalid' }]);
  expect(
    issuesOf(
      z.string().refine(() => false, 'not today'),
      'x',
    ),
  ).toEqual([{ path: '', rule: 'invalid' }]);
  expect(issuesOf(z.union([z.string(), z.number()]), true)).toEqual([{ path: '', rule: 'invalid' }]);
});

it('in the run’s locale, words each field at fault with its rule’s message', () => {
  const at = (path: string, problem: string) => message('schemaIssue.at', { path, problem });
  expect(schemaIssuesText(brokenPresetIssues)).toBe(
    [
      at('id', message('schemaIssue.presetId')),
      at('name', message('schemaIssue.tooShort', { minimum: 1 })),
      at('scopes', message('schemaIssue.needsScope')),
      at('description', message('schemaIssue.required')),
      at('lifetimeDays', message('schemaIssue.tooHigh', { maximum: LONGEST_LIFETIME_DAYS })),
      at('role', message('schemaIssue.oneOf', { options: ROLES.map((role) => `'${role}'`).join(' | ') })),
      at('source', message('schemaIssue.httpsSource')),
      at('narrower', message('schemaIssue.type', { expected: 'string', received: 'number' })),
    ].join('; '),
  );
  expect(
    schemaIssuesText([
      { path: 'presets[0].scopes[0]', rule: 'scope-id' },
      { path: 'name', rule: 'too-long', maximum: 80 },
      { path: 'lifetimeDays', rule: 'too-low', minimum: 1 },
      { path: '[0].created_at', rule: 'timestamp' },
      { path: '[0].expires_at', rule: 'date' },
      { path: '', rule: 'invalid' },
    ]),
  ).toBe(
    [
      at('presets[0].scopes[0]', message('schemaIssue.scopeId')),
      at('name', message('schemaIssue.tooLong', { maximum: 80 })),
      at('lifetimeDays', message('schemaIssue.tooLow', { minimum: 1 })),
      at('[0].created_at', message('schemaIssue.timestamp')),
      at('[0].expires_at', message('schemaIssue.date')),
      at(message('schemaIssue.topLevel'), message('schemaIssue.invalid')),
    ].join('; '),
  );
});

it('in English, the words are those Scopewise has always shown (zod’s own, less the value received)', async () => {
  await useLocale('en');
  expect(schemaIssuesText(brokenPresetIssues)).toBe(
    [
      'id: an id is lower-case letters, digits and -',
      'name: String must contain at least 1 character(s)',
      'scopes: a preset needs at least one scope',
      'description: Required',
      `lifetimeDays: Number must be less than or equal to ${LONGEST_LIFETIME_DAYS}`,
      "role: Invalid enum value. Expected 'guest' | 'planner' | 'reporter' | 'developer' | 'maintainer' | 'owner'",
      'source: the source must be an https URL',
      'narrower: Expected string, received number',
    ].join('; '),
  );
  expect(
    schemaIssuesText([
      { path: 'presets[0].scopes[0]', rule: 'scope-id' },
      { path: 'name', rule: 'too-long', maximum: 80 },
      { path: 'lifetimeDays', rule: 'too-low', minimum: 1 },
      { path: '[0].created_at', rule: 'timestamp' },
      { path: '[0].expires_at', rule: 'date' },
      { path: '', rule: 'type', expected: 'array', received: 'object' },
      { path: '[0]', rule: 'invalid' },
    ]),
  ).toBe(
    [
      'presets[0].scopes[0]: a scope is lower-case letters, digits and _',
      'name: String must contain at most 80 character(s)',
      'lifetimeDays: Number must be greater than or equal to 1',
      '[0].created_at: an ISO 8601 timestamp',
      '[0].expires_at: a YYYY-MM-DD date',
      '(top level): Expected array, received object',
      '[0]: Invalid input',
    ].join('; '),
  );
});

it('in German, natural words', async () => {
  await useLocale('de');
  expect(
    schemaIssuesText([
      { path: 'presets[0].scopes', rule: 'needs-scope' },
      { path: 'presets[0].lifetimeDays', rule: 'too-high', maximum: 400 },
      { path: 'description', rule: 'required' },
      { path: '[0].expires_at', rule: 'date' },
    ]),
  ).toBe(
    'presets[0].scopes: eine Vorlage braucht mindestens einen Geltungsbereich; presets[0].lifetimeDays: darf höchstens 400 sein; description: fehlt; [0].expires_at: ein Datum im Format JJJJ-MM-TT',
  );
});
