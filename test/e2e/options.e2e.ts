import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { useSimulatedGitLab } from './browser';
import { openVariant, presetButton, submitForm, utcDate } from './helpers';

const env = useSimulatedGitLab();
const options = () => env.page;

beforeAll(async () => {
  await env.page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
});

test('its tab is titled in the page’s language', async () => {
  expect(await options().title()).toBe('Scopewise options');
});

test('the default lifetime set in the options fills forms without an expiry', async () => {
  await options().getByLabel('Default lifetime (days)').fill('14');
  await options().getByRole('button', { name: 'Save lifetime' }).click();
  await expect.poll(() => options().getByRole('status').textContent()).toContain('14 days');
  const page = await env.browser.newPage();
  await openVariant(env.browser.context, page, 'v14');
  await expect.poll(() => page.inputValue('#personal_access_token_expires_at')).toBe(utcDate(14));
  await page.close();
});

test('the built-in presets show their evidence, and their fine-grained versions’', async () => {
  expect(
    await options()
      .getByRole('checkbox', { name: 'Git clone / pull read_repository Verified · fine-grained: Verified' })
      .count(),
  ).toBe(1);
  expect(
    await options().getByRole('checkbox', { name: 'Renovate api Documented · fine-grained: Experimental' }).count(),
  ).toBe(1);
  expect(await options().getByRole('checkbox', { name: 'Jenkins api Documented' }).count()).toBe(1);
});

test('a custom preset appears on the form and a hidden built-in does not', async () => {
  await options().getByRole('button', { name: 'New preset' }).click();
  await options().getByLabel('Name', { exact: true }).fill('Nightly mirror');
  await options().getByLabel('read_repository', { exact: true }).check();
  await options().getByLabel('Token description').fill('Mirror job on build-01.');
  await options().getByLabel('Preset lifetime (days)').fill('21');
  await options().getByLabel('Source URL (https)').fill('https://wiki.example/mirror');
  await options().getByRole('button', { name: 'Save preset' }).click();
  await expect.poll(() => options().getByRole('status').textContent()).toContain('Saved Nightly mirror');
  await options()
    .getByRole('checkbox', { name: /^Jenkins/ })
    .uncheck();

  const page = await env.browser.newPage();
  await openVariant(env.browser.context, page, 'v15');
  await presetButton(page, 'Nightly mirror').click();
  expect(await presetButton(page, 'Jenkins').count()).toBe(0);
  const submission = await submitForm(page, env.sim);
  expect(submission.scopes).toEqual(['read_repository']);
  expect(submission.expires_at).toBe(utcDate(21));
  await page.close();
});

test('a bad import is rejected naming the field, and nothing saved is lost', async () => {
  const file = join(tmpdir(), `scopewise-bad-${process.pid}.json`);
  await writeFile(
    file,
    JSON.stringify({
      presets: [
        {
          id: 'x',
          name: 'X',
          scopes: ['read_api'],
          description: '',
          lifetimeDays: 9999,
          role: 'reporter',
          source: 'https://x.example',
        },
      ],
    }),
  );
  await options().getByLabel('Import presets (JSON)').setInputFiles(file);
  await expect
    .poll(() => options().getByRole('status').textContent())
    .toBe('Import rejected, nothing changed. presets[0].lifetimeDays: Number must be less than or equal to 400');
  expect(await options().getByRole('button', { name: 'Delete Nightly mirror' }).count()).toBe(1);
  expect(env.browser.errors).toEqual([]);
});

test('an http instance is added only after a confirmation naming the risk, and never gets token mode', async () => {
  const requests: string[] = [];
  options().on('request', (request) => requests.push(request.url()));
  await options().getByLabel('Self-managed GitLab address').fill('http://plain.example');
  await options().getByRole('button', { name: 'Add instance' }).click();
  const warning = options().getByRole('alert').filter({ hasText: 'plain http' });
  await expect.poll(() => warning.textContent()).toContain('your GitLab session cookie travels in clear text');
  expect(await options().getByRole('button', { name: 'Add plain.example over http anyway' }).count()).toBe(1);
  // Nothing is added (and no permission asked for) before the user confirms.
  expect(await options().locator('legend', { hasText: 'plain.example' }).count()).toBe(0);
  await options().getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => warning.count()).toBe(0);
  expect(requests.filter((url) => url.startsWith('http://plain.example'))).toEqual([]);
});

test('an instance whose host access was withdrawn says so, with an Allow access button', async () => {
  // This build was never granted corp.example: as after "Remove access" in the browser's settings.
  await options().evaluate(() =>
    chrome.storage.local.set({
      instances: [
        { base: 'https://gitlab.com', label: 'gitlab.com', mode: 'session' },
        { base: 'https://corp.example', label: 'corp.example', mode: 'session' },
      ],
    }),
  );
  await options().reload();
  const alert = options().getByRole('alert').filter({ hasText: 'no access' });
  await expect.poll(() => alert.textContent()).toContain('Scopewise has no access to corp.example');
  expect(await alert.getByRole('button', { name: 'Allow access' }).count()).toBe(1);
  // gitlab.com, granted at install, gets no such message.
  expect(await options().getByRole('alert').filter({ hasText: 'no access to gitlab.com' }).count()).toBe(0);
  await options().evaluate(() => chrome.storage.local.remove('instances'));
});

test('a saved change says so in the status line, in view wherever the change was made', async () => {
  const debug = options().getByRole('checkbox', { name: /Debug mode/ });
  await debug.scrollIntoViewIfNeeded();
  await debug.check();
  const status = options().getByRole('status');
  await expect.poll(() => status.textContent()).toBe('Saved: debug mode on.');
  const box = await status.boundingBox();
  const viewport = options().viewportSize();
  expect(box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
  await debug.uncheck();
  await expect.poll(() => status.textContent()).toBe('Saved: debug mode off.');
});

test('a bad value stays in its field with its error, and the stored value is unchanged', async () => {
  const stored = (key: string) =>
    options().evaluate(async (name) => (await chrome.storage.local.get(name))[name] ?? null, key);
  const lifetimeBefore = await stored('defaultLifetimeDays');
  const lifetime = options().getByLabel('Default lifetime (days)');
  await lifetime.fill('500');
  await options().getByRole('button', { name: 'Save lifetime' }).click();
  await expect
    .poll(() => options().getByRole('status').textContent())
    .toBe('Default lifetime not saved; the field says why.');
  expect(await lifetime.inputValue()).toBe('500');
  expect(await lifetime.getAttribute('aria-invalid')).toBe('true');
  expect(
    await options()
      .locator(`#${await lifetime.getAttribute('aria-describedby').then((ids) => ids?.split(' ')[0])}`)
      .textContent(),
  ).toBe('Default lifetime: a whole number of days from 1 to 365.');
  expect(await stored('defaultLifetimeDays')).toEqual(lifetimeBefore);

  const badgeBefore = await stored('badgeDays');
  const badge = options().getByLabel('Badge counts tokens expiring within (days)');
  await badge.fill('0');
  await badge.press('Tab');
  await expect.poll(() => badge.getAttribute('aria-invalid')).toBe('true');
  expect(await badge.inputValue()).toBe('0');
  expect(await options().getByText('Badge days: a whole number from 1 to 90.').count()).toBe(1);
  expect(await stored('badgeDays')).toEqual(badgeBefore);

  // Fixed, each saves and its error goes.
  await lifetime.fill('21');
  await options().getByRole('button', { name: 'Save lifetime' }).click();
  await expect.poll(() => options().getByRole('status').textContent()).toBe('Default lifetime saved: 21 days.');
  expect(await lifetime.getAttribute('aria-invalid')).toBeNull();
  expect(await stored('defaultLifetimeDays')).toBe(21);
  await badge.fill('14');
  await badge.press('Tab');
  await expect.poll(() => options().getByRole('status').textContent()).toBe('Badge threshold saved: 14 days.');
  expect(await stored('badgeDays')).toBe(14);
});
