import { beforeAll, expect, test } from 'vitest';
import { seedRiskyTokens } from '../simulator/api';
import { CHROME_E2E_BUILD, useSimulatedGitLab } from './browser';
import { nextSubmission, presetButton, scopewiseScripts, submitForm, utcDate } from './helpers';

/**
 * A self-managed GitLab under a relative URL root (https://corp.example/gitlab). The e2e build has
 * corp.example pre-granted, so "Add instance" gets its permission without a prompt; everything
 * else is the production code path.
 */
const TOKEN_PAGE = 'https://corp.example/gitlab/-/user_settings/personal_access_tokens';
const FINE_GRAINED_PAGE = 'https://corp.example/gitlab/-/user_settings/personal_access_tokens/granular/new';

const env = useSimulatedGitLab({ extensionPath: CHROME_E2E_BUILD, extraHosts: ['corp.example'] });
const options = () => env.page;

beforeAll(async () => {
  seedRiskyTokens(env.sim.api);
  await env.page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
});

test('a bad address gets a clear message and adds nothing', async () => {
  await options().getByLabel('Self-managed GitLab address').fill('ftp://corp.example');
  await options().getByRole('button', { name: 'Add instance' }).click();
  await expect.poll(() => options().getByRole('status').textContent()).toContain('not ftp');
  expect(await options().locator('legend', { hasText: 'corp.example' }).count()).toBe(0);
});

test('adding an instance (a pasted page address) registers the token forms under its root', async () => {
  const page = await env.browser.newPage();
  await page.goto(TOKEN_PAGE);
  expect(await scopewiseScripts(page, env.browser.extensionId)).toEqual([]);

  await options().getByLabel('Self-managed GitLab address').fill(`${TOKEN_PAGE}?foo=1`);
  await options().getByRole('button', { name: 'Add instance' }).click();
  await expect.poll(() => options().getByRole('status').textContent()).toContain('Added corp.example/gitlab');

  await page.goto(TOKEN_PAGE);
  // The same check, at once, sees the script on this page now: it can tell "none" from "not yet".
  expect(await scopewiseScripts(page, env.browser.extensionId)).toEqual(['content-scripts/legacy-form.js']);
  await page.getByTestId('add-new-token-button').click();
  await expect.poll(() => page.locator('[data-scopewise^="scope-help:"]').count()).toBe(14);
  await presetButton(page, 'Git clone / pull').click();
  const submission = await submitForm(page, env.sim, '[data-testid="create-token-button"]');
  expect(submission.scopes).toEqual(['read_repository']);
  expect(submission.expires_at).toBe(utcDate(90));
  await page.close();
});

test('the fine-grained form under the instance’s root gets its own script, whose presets reach GitLab', async () => {
  const page = await env.browser.newPage();
  await page.goto(FINE_GRAINED_PAGE);
  expect(await scopewiseScripts(page, env.browser.extensionId)).toEqual(['content-scripts/fine-grained-form.js']);
  await page.locator('[data-testid="resource-tree"]').waitFor();
  await presetButton(page, 'Git clone / pull').click();
  await expect
    .poll(() => page.locator('[data-scopewise="presets"] .sw-preset-note').textContent())
    .toContain('Applied Git clone / pull');
  // Only the fine-grained script runs here: no legacy scope help.
  expect(await page.locator('[data-scopewise^="scope-help:"]').count()).toBe(0);
  await page.getByRole('button', { name: 'Add group or project' }).click();
  await page.getByTestId('listbox-item-gid://gitlab/Project/7').click();
  const before = env.sim.submissions.length;
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  const submission = await nextSubmission(env.sim, before);
  expect(submission.path).toBe('/gitlab/api/graphql');
  expect(submission.granularScopes?.[0]?.permissions).toEqual(['download_code']);
  await page.close();
});

test('the popup lists the instance’s tokens through its session', async () => {
  const sid = env.sim.api.signIn(1);
  await env.browser.context.addCookies([
    { name: '_gitlab_session', value: sid, domain: 'corp.example', path: '/', secure: true },
  ]);
  const popup = await env.browser.newPage();
  await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
  await popup.getByLabel('GitLab instance').selectOption('https://corp.example/gitlab');
  await expect.poll(() => popup.locator('.token').count()).toBe(8);
  expect(env.sim.api.log.some((entry) => entry.url.startsWith('/personal_access_tokens?'))).toBe(true);
  await popup.close();
});

test('removing the instance unregisters its token forms', async () => {
  await options().getByRole('button', { name: 'Remove corp.example/gitlab' }).click();
  await expect.poll(() => options().getByRole('status').textContent()).toContain('Removed corp.example/gitlab');
  const page = await env.browser.newPage();
  await page.goto(TOKEN_PAGE);
  expect(await scopewiseScripts(page, env.browser.extensionId)).toEqual([]);
  await page.goto(FINE_GRAINED_PAGE);
  expect(await scopewiseScripts(page, env.browser.extensionId)).toEqual([]);
  expect(env.browser.errors).toEqual([]);
});
