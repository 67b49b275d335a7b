import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { ResourceFailures } from '../../components/popup/ResourceFailures';
import type { InstanceCache } from '../../utils/inventory';
import { message, useLocale } from './messages';

/** The popup's list of projects and groups a refresh could not read, worded from the cached problems. */
const widgets = { kind: 'project' as const, id: 10, path: 'acme/widgets' };
const platform = { kind: 'group' as const, id: 20, path: 'acme/platform' };
const host = 'gitlab.example';

function shown(resources: NonNullable<InstanceCache['resources']>) {
  render(<ResourceFailures resources={resources} />, document.body);
  return {
    summary: document.querySelector('summary')?.textContent,
    reason: document.querySelector('details > p')?.textContent,
    rows: [...document.querySelectorAll('li')].map((item) => item.textContent),
  };
}
afterEach(() => render(null, document.body));

it('names each project or group with why, in the run’s locale', () => {
  const failures = [{ owner: widgets, problem: { kind: 'not-found' as const, host } }, { owner: platform }];
  expect(shown({ checked: 3, failures })).toEqual({
    summary: message('popup.resourceFailures.some', { failed: 2, checked: 3 }),
    reason: undefined,
    rows: [
      `acme/widgets: ${message('apiError.notFound', { host })}`,
      `acme/platform: ${message('refreshFailure.unexpected')}`,
    ],
  });
});

it('in English, says as before why projects and groups could not be listed', async () => {
  await useLocale('en');
  expect(shown({ checked: 0, failures: [], unlisted: { problem: { kind: 'server', host, status: 500 } } })).toEqual({
    summary: 'Project and group tokens could not be listed',
    reason: 'Project and group tokens could not be listed: gitlab.example had an error (500): try again later.',
    rows: [],
  });
});

it('shows nothing when every project and group was read', () => {
  expect(shown({ checked: 3, failures: [] }).summary).toBeUndefined();
});
