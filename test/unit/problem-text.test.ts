import { expect, it } from 'vitest';
import { addressProblemText, presetProblemText } from '../../components/options/problem-text';
import { parsePresetsFile } from '../../utils/custom-presets';
import { normaliseInstanceUrl } from '../../utils/instances';
import { message, useLocale } from './messages';

/** The options page's words for a refused address or presets file. */
const addressError = (input: string) => {
  const result = normaliseInstanceUrl(input);
  return result.ok ? undefined : addressProblemText(result.error);
};
const fileError = (text: string) => {
  const result = parsePresetsFile(text);
  return result.ok ? undefined : presetProblemText(result.error);
};
const preset = {
  id: 'git-clone',
  name: 'Mine',
  scopes: ['api'],
  description: '',
  lifetimeDays: 30,
  role: 'reporter',
  source: 'https://wiki.example/',
};

it('in the run’s locale, each refusal reads its message with its values', () => {
  expect(addressError('ftp://gitlab.example.com')).toBe(message('address.scheme', { scheme: 'ftp' }));
  expect(addressError('https://exa mple.com')).toBe(message('address.notAnAddress', { text: 'https://exa mple.com' }));
  expect(fileError('{"items": []}')).toBe(message('presetFile.notPresets'));
  expect(fileError(JSON.stringify({ presets: [preset] }))).toBe(
    message('presetFile.builtInId', { at: 'presets[0].', id: 'git-clone', builtIn: 'Git clone / pull' }),
  );
  expect(fileError(JSON.stringify({ presets: [{ ...preset, id: 'mine', scopes: [] }] }))).toBe(
    message('schemaIssue.at', { path: 'presets[0].scopes', problem: message('schemaIssue.needsScope') }),
  );
});

it('in English, the words are those Scopewise has always shown', async () => {
  await useLocale('en');
  expect(addressError('')).toBe('Enter the address of your GitLab, e.g. https://gitlab.example.com.');
  expect(addressError('https://exa mple.com')).toBe('"https://exa mple.com" is not a web address.');
  expect(addressError('ftp://gitlab.example.com')).toBe('GitLab is reached over https (or http), not ftp.');
  expect(addressError('https://user:secret@gitlab.example.com')).toBe(
    'Leave out user names and passwords: Scopewise never stores them in an address.',
  );
  expect(addressError('https://gitlab.example.com/some path')).toBe(
    '"/some%20path" is not a GitLab relative URL root.',
  );
  expect(fileError('{presets: [')).toMatch(/^Not JSON: /);
  expect(fileError('{"items": []}')).toBe('Expected {"presets": [...]} or an array of presets.');
  expect(fileError(JSON.stringify({ presets: [preset] }))).toBe(
    'presets[0].id: "git-clone" is the id of Scopewise\'s built-in preset "Git clone / pull"; give it an id of its own.',
  );
  expect(
    fileError(
      JSON.stringify([
        { ...preset, id: 'mine' },
        { ...preset, id: 'mine' },
      ]),
    ),
  ).toBe('[1].id: "mine" appears twice.');
  expect(fileError(JSON.stringify({ presets: [{ ...preset, id: 'mine', scopes: [], lifetimeDays: 9999 }] }))).toBe(
    'presets[0].scopes: a preset needs at least one scope; presets[0].lifetimeDays: Number must be less than or equal to 400',
  );
  expect(fileError(JSON.stringify([{ ...preset, id: 'mine', name: 'Renovate' }]))).toBe(
    '[0].name: "Renovate" is the name of a built-in preset; rename it so it cannot pass for Scopewise\'s own.',
  );
});

it('in German, GitLab’s own words', async () => {
  await useLocale('de');
  expect(addressError('https://exa mple.com')).toBe('„https://exa mple.com“ ist keine Webadresse.');
  expect(fileError('{"items": []}')).toBe('Erwartet wird {"presets": [...]} oder ein Array von Vorlagen.');
  expect(fileError(JSON.stringify([{ ...preset, id: 'mine', source: 'http://wiki.example/' }]))).toBe(
    '[0].source: die Quelle muss eine https-URL sein',
  );
});
