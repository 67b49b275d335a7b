import { expect, it } from 'vitest';
import { prefillUrl } from '../../utils/gitlab/prefill';
import { normaliseInstanceUrl } from '../../utils/instances';
import { instancesUsing, LEGACY_FORM_PAGES, originPattern, tokenPagePatterns } from '../../utils/match-patterns';
import { recreateUrl } from '../../utils/recreate';

it.each([
  ['gitlab.example.com', 'https://gitlab.example.com'],
  ['https://GitLab.Example.com/', 'https://gitlab.example.com'],
  ['https://corp.example/gitlab', 'https://corp.example/gitlab'],
  ['https://corp.example/gitlab/', 'https://corp.example/gitlab'],
  ['https://corp.example:8443/gitlab/-/user_settings/personal_access_tokens', 'https://corp.example:8443/gitlab'],
  ['https://corp.example/gitlab/users/sign_in', 'https://corp.example/gitlab'],
  ['https://corp.example/tools/gitlab/dashboard/projects', 'https://corp.example/tools/gitlab'],
  ['http://gitlab.internal', 'http://gitlab.internal'],
  ['  https://gitlab.example.com?foo=bar#x  ', 'https://gitlab.example.com'],
])('%s → %s', (input, base) => {
  expect(normaliseInstanceUrl(input)).toMatchObject({ ok: true, base });
});

it.each([
  ['', { kind: 'empty' }],
  ['ftp://gitlab.example.com', { kind: 'scheme', scheme: 'ftp' }],
  ['https://user:secret@gitlab.example.com', { kind: 'credentials' }],
  ['https://exa mple.com', { kind: 'not-an-address', text: 'https://exa mple.com' }],
  ['https://gitlab.example.com/some path', { kind: 'root', root: '/some%20path' }],
])('rejects %j saying why', (input, problem) => {
  expect(normaliseInstanceUrl(input)).toEqual({ ok: false, error: problem });
});

it('registers token paths only, under the root, on the instance’s port (Chrome)', () => {
  expect(originPattern('https://corp.example:8443/gitlab')).toBe('https://corp.example:8443/*');
  expect(originPattern('https://corp.example/gitlab')).toBe('https://corp.example/*');
  expect(tokenPagePatterns('https://corp.example:8443/gitlab', LEGACY_FORM_PAGES.matches)).toEqual([
    'https://corp.example:8443/gitlab/*-/user_settings/personal_access_tokens*',
    'https://corp.example:8443/gitlab/*-/profile/personal_access_tokens*',
    'https://corp.example:8443/gitlab/*/-/settings/access_tokens*',
  ]);
});

it('Firefox’s match patterns carry no port: there the pattern covers the host', () => {
  expect(originPattern('https://corp.example:8443/gitlab', false)).toBe('https://corp.example/*');
});

it('finds the instances that use a permission by the whole pattern, never by a part of it', () => {
  const list = ['https://example.com', 'https://gitlab.example.com', 'https://gitlab.example.com/other'].map(
    (base) => ({ base, label: base, mode: 'session' as const }),
  );
  expect(instancesUsing(list, ['https://gitlab.example.com/*']).map((instance) => instance.base)).toEqual([
    'https://gitlab.example.com',
    'https://gitlab.example.com/other',
  ]);
  expect(instancesUsing(list, ['https://example.com/*']).map((instance) => instance.base)).toEqual([
    'https://example.com',
  ]);
  expect(instancesUsing(list, undefined)).toEqual([]);
});

it.each([
  ['19.2.1-ee', '/gitlab/-/user_settings/personal_access_tokens/legacy/new', true],
  ['18.5.1-ee', '/gitlab/-/user_settings/personal_access_tokens', true],
  ['17.6.0', '/gitlab/-/user_settings/personal_access_tokens', false],
  ['16.6.0', '/gitlab/-/profile/personal_access_tokens', false],
  ['15.11.3', '/gitlab/-/profile/personal_access_tokens', false],
  [undefined, '/gitlab/-/user_settings/personal_access_tokens/legacy/new', true],
])('prefill URL for GitLab %s', (version, path, description) => {
  const url = new URL(
    prefillUrl('https://corp.example/gitlab', version, {
      name: 'CI – x',
      scopes: ['read_api', 'read_user'],
      description: 'd',
    }),
  );
  expect(url.pathname).toBe(path);
  expect(url.searchParams.get('name')).toBe('CI – x');
  expect(url.searchParams.get('scopes')).toBe('read_api,read_user');
  expect(url.searchParams.get('description')).toBe(description ? 'd' : null);
});

it('recreating a fine-grained token uses GitLab’s own Duplicate; a legacy one the prefilled form', () => {
  const token = { id: 42, name: 'CI', scopes: [], description: 'd' };
  expect(recreateUrl('https://corp.example/gitlab', '19.2.0', { ...token, granular: true })).toBe(
    'https://corp.example/gitlab/-/user_settings/personal_access_tokens/granular/new?source_token_id=42',
  );
  expect(
    recreateUrl('https://corp.example/gitlab', '19.2.0', { ...token, scopes: ['read_api'], granular: false }),
  ).toBe(
    'https://corp.example/gitlab/-/user_settings/personal_access_tokens/legacy/new?name=CI&scopes=read_api&description=d',
  );
});
