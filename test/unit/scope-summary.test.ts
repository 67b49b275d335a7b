import { expect, it } from 'vitest';
import { summarizeScopes } from '../../utils/scope-summary';

it('restates what the scopes allow, with the overall risk', () => {
  const summary = summarizeScopes(['read_repository', 'read_registry']);
  expect(summary.text).toBe(
    'A token with these scopes can clone and pull repositories and pull container images. Overall: High risk.',
  );
  expect(summary.warnings).toEqual([]);
});

it('asks for at least one scope', () => {
  expect(summarizeScopes([]).text).toContain('No scopes selected');
});

it('warns about api unless the applied preset documents it', () => {
  expect(summarizeScopes(['api']).warnings).toEqual([
    'api can change everything you can reach: if the tool only reads, read_api is enough.',
  ]);
  expect(summarizeScopes(['api'], ['api']).warnings).toEqual([]);
});

it('warns about admin scopes, push without pull and write_repository for API use', () => {
  const { warnings } = summarizeScopes(['sudo', 'admin_mode', 'write_registry', 'write_repository']);
  expect(warnings).toEqual([
    'sudo is an administrator scope: a leak of this token compromises the whole instance.',
    'admin_mode is an administrator scope: a leak of this token compromises the whole instance.',
    'write_registry does not include pull: docker push also needs read_registry.',
    'write_repository works for Git over HTTPS only: it cannot call the API.',
  ]);
  expect(summarizeScopes(['read_registry', 'write_registry']).warnings).toEqual([]);
  expect(summarizeScopes(['write_repository', 'read_api']).warnings).toEqual([]);
});

it('names scopes it does not know instead of failing', () => {
  const summary = summarizeScopes(['read_api', 'read_future_thing']);
  expect(summary.text).toContain('Overall: Unknown risk.');
  expect(summary.warnings).toEqual([
    "read_future_thing is a scope Scopewise does not know: check GitLab's documentation before granting it.",
  ]);
});
