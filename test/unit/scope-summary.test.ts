import { expect, it } from 'vitest';
import { scopeSummaryWords } from '../../components/ScopeSummary';
import { summarizeScopes } from '../../utils/scope-summary';
import { message, useLocale } from './messages';

const words = (selected: string[], intended?: string[]) => scopeSummaryWords(summarizeScopes(selected, intended));
const overall = (risk: string) => message('scopeSummary.overall', { risk: message(`risk.${risk}`) });

it('restates what the scopes allow, with the overall risk', async () => {
  expect(summarizeScopes(['read_repository', 'read_registry'])).toEqual({
    kind: 'scopes',
    known: ['read_repository', 'read_registry'],
    risk: 'high',
    warnings: [],
  });
  const phrases = new Intl.ListFormat(message('language')).format([
    message('scopes.read_repository.can'),
    message('scopes.read_registry.can'),
  ]);
  expect(words(['read_repository', 'read_registry'])).toEqual({
    text: `${message('scopeSummary.can', { phrases })} ${overall('high')}`,
    warnings: [],
  });
  await useLocale('en');
  expect(words(['read_repository', 'read_registry']).text).toBe(
    'A token with these scopes can clone and pull repositories and pull container images. Overall: High risk.',
  );
});

it('asks for at least one scope', () => {
  expect(summarizeScopes([])).toEqual({ kind: 'none' });
  expect(words([])).toEqual({ text: message('scopeSummary.none'), warnings: [] });
});

it('warns about api unless the applied preset documents it', async () => {
  expect(words(['api']).warnings).toEqual([message('scopeSummary.warnings.broadApi')]);
  expect(words(['api'], ['api']).warnings).toEqual([]);
  await useLocale('en');
  expect(words(['api']).warnings).toEqual([
    'api can change everything you can reach: if the tool only reads, read_api is enough.',
  ]);
});

it('warns about admin scopes, push without pull and write_repository for API use', () => {
  expect(summarizeScopes(['sudo', 'admin_mode', 'write_registry', 'write_repository'])).toMatchObject({
    warnings: [
      { kind: 'admin', scope: 'sudo' },
      { kind: 'admin', scope: 'admin_mode' },
      { kind: 'pushWithoutPull' },
      { kind: 'gitOnly' },
    ],
  });
  expect(words(['sudo', 'admin_mode', 'write_registry', 'write_repository']).warnings).toEqual([
    message('scopeSummary.warnings.admin', { scope: 'sudo' }),
    message('scopeSummary.warnings.admin', { scope: 'admin_mode' }),
    message('scopeSummary.warnings.pushWithoutPull'),
    message('scopeSummary.warnings.gitOnly'),
  ]);
  expect(words(['read_registry', 'write_registry']).warnings).toEqual([]);
  expect(words(['write_repository', 'read_api']).warnings).toEqual([]);
});

it('names scopes it does not know instead of failing', () => {
  const summary = words(['read_api', 'read_future_thing']);
  expect(summary.text).toContain(overall('unknown'));
  expect(summary.text).toContain(message('scopes.read_api.can'));
  expect(summary.warnings).toEqual([message('scopeSummary.warnings.unknown', { scope: 'read_future_thing' })]);
});
