import { beforeEach, expect, test } from 'vitest';
import { seedMaintainedResources } from '../simulator/resources';
import { useSimulatedGitLab } from './browser';
import { GITLAB, nextSubmission, signIn, utcDate } from './helpers';

/** Project and group access tokens in the popup: listed, warned about, revoked, rotated, recreated. */
const env = useSimulatedGitLab();
const popup = () => env.page;
const row = (name: string) => popup().locator('.token', { has: popup().locator('.token-name', { hasText: name }) });
const warningsOf = (name: string) => row(name).locator('.warning').allTextContents();

async function openSignedIn(): Promise<void> {
  await signIn(env.browser.context, env.sim);
  await popup().goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
  await expect.poll(() => popup().locator('.token').count(), { timeout: 10_000 }).toBe(5);
}

beforeEach(async () => {
  env.sim.api.reset();
  env.sim.api.addToken({ name: 'My laptop', scopes: ['read_api'], expires_at: utcDate(200) });
  seedMaintainedResources(env.sim.api.resources);
  await env.browser.context.clearCookies();
  await popup().goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
  await popup().evaluate(() => chrome.storage.local.clear());
  await popup().goto('about:blank');
  env.sim.api.log = [];
});

test('lists the tokens of every project the user maintains and group they own, with their own warnings', async () => {
  await openSignedIn();
  expect((await popup().locator('.token-name').allTextContents()).sort()).toEqual(
    ['Metrics reader', 'Mirror', 'My laptop', 'Release bot', 'Renovate bot'].sort(),
  );
  // A group where alice is only Maintainer, and bob's project, are not hers to list.
  expect(await row('Design sync').count()).toBe(0);
  expect(await warningsOf('Renovate bot')).toEqual(['Expires in 4 days', 'Broad scope: api']);
  expect(await warningsOf('Metrics reader')).toEqual(['Role: Maintainer']);
  expect(await warningsOf('Mirror')).toEqual(['Never used', 'Project pending deletion']);
  expect(await row('Renovate bot').locator('.token-owner').textContent()).toBe('Project acme/widgets · Developer');
  expect(await row('Release bot').locator('.token-owner a').getAttribute('href')).toBe(
    `${GITLAB}/groups/acme/platform/-/settings/access_tokens`,
  );
  await popup().getByLabel('Kind').selectOption('group');
  expect(await popup().locator('.token-name').allTextContents()).toEqual(['Release bot']);
  await popup().getByLabel('Kind').selectOption('personal');
  expect(await popup().locator('.token-name').allTextContents()).toEqual(['My laptop']);
  // The badge counts bot tokens too (the default): Renovate bot expires in 4 days.
  expect(await popup().evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  // Session mode: nothing but the session, as for personal tokens.
  expect(env.sim.api.log.every((entry) => entry.auth === 'session')).toBe(true);
});

test('revoke and rotate use the project’s and group’s own endpoints; rotate keeps the lifetime', async () => {
  await openSignedIn();
  await row('Release bot').getByRole('button', { name: 'Revoke Release bot' }).click();
  await popup().getByRole('button', { name: 'Revoke token' }).click();
  await expect.poll(() => popup().getByRole('status').textContent()).toBe('Revoked Release bot.');
  const release = env.sim.api.resources.tokens.find((token) => token.name === 'Release bot');
  expect(release?.revoked).toBe(true);
  expect(env.sim.api.log.filter((entry) => entry.method === 'DELETE').map((entry) => entry.url)).toEqual([
    `/groups/20/access_tokens/${release?.id}`,
  ]);

  await row('Renovate bot').getByRole('button', { name: 'Rotate Renovate bot' }).click();
  await popup().getByRole('button', { name: 'Rotate token' }).click();
  await expect.poll(() => popup().getByLabel('New token value').inputValue()).toBe('glpat-FAKE-bot-rotated-1');
  const rotated = env.sim.api.resources.tokens.find((token) => token.value === 'glpat-FAKE-bot-rotated-1');
  // Created 60 days ago, expiring in 4: a 64-day lifetime, from today (UTC).
  expect(rotated?.expires_at).toBe(utcDate(64));
  expect(env.sim.api.log.filter((entry) => entry.method === 'POST')).toHaveLength(1);
  expect(await popup().evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)))).not.toContain(
    'glpat-FAKE-bot',
  );
});

test('Recreate opens the project’s own form, which submits the token’s scopes, role and description', async () => {
  await openSignedIn();
  const href = await row('Renovate bot').getByRole('link', { name: 'Recreate Renovate bot' }).getAttribute('href');
  expect(href?.startsWith(`${GITLAB}/acme/widgets/-/settings/access_tokens#scopewise-recreate=`)).toBe(true);
  const page = await env.browser.newPage();
  await env.browser.context.addCookies([
    { name: 'sim_variant', value: 'project', domain: 'gitlab.com', path: '/', secure: true },
  ]);
  await page.goto(href ?? '');
  await expect
    .poll(() => page.locator('[data-scopewise="presets"] .sw-preset-note').textContent(), { timeout: 10_000 })
    .toContain('Applied Renovate bot');
  // GitLab keeps the form in a card until "Add new token"; it opens already filled.
  await page.getByTestId('add-new-token-button').click();
  const before = env.sim.submissions.length;
  await page.locator('form [type=submit]').first().click();
  const submission = await nextSubmission(env.sim, before);
  expect(submission.scopes).toEqual(['api', 'write_repository']);
  expect(submission.access_level).toBe('30');
  expect(submission.name).toBe(`Renovate bot – ${utcDate()}`);
  expect(submission.expires_at).toBe(utcDate(64));
  await page.close();
});

test('a project that refuses (lost Maintainer) or is gone says so; every other row and its last tokens stay', async () => {
  await openSignedIn();
  env.sim.api.failNext({ path: /^\/projects\/10\/access_tokens$/, status: 403, body: '{"message":"403 Forbidden"}' });
  env.sim.api.failNext({
    path: /^\/groups\/20\/access_tokens$/,
    status: 404,
    body: '{"message":"404 Group Not Found"}',
  });
  await popup().getByRole('button', { name: 'Refresh' }).click();
  const failures = popup().locator('.resource-failures');
  await expect
    .poll(() => failures.locator('summary').textContent())
    .toBe('2 of 3 projects and groups could not be checked');
  expect(await failures.locator('li').allTextContents()).toEqual([
    'acme/widgets: gitlab.com refused this (403): 403 Forbidden',
    'acme/platform: Not found on gitlab.com (404): the token may be gone, or this GitLab is too old.',
  ]);
  expect(await popup().locator('.token').count()).toBe(5);
});
