import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedFirefox, launchFirefox } from '../firefox/launch';
import { SESSION_COOKIE, seedRiskyTokens } from '../simulator/api';
import { type Simulator, startSimulator } from '../simulator/server';
import { GITLAB, nextSubmission, utcDate } from './helpers';

/**
 * The Firefox build in Debian's firefox-esr, with Firefox's own cookie policy: risk labels and
 * presets on the forms, and the popup in session mode.
 */
let sim: Simulator;
let firefox: LaunchedFirefox;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  sim = await startSimulator();
  firefox = await launchFirefox(sim.port);
  page = await firefox.browser.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
});
afterAll(async () => {
  await firefox?.close();
  await sim?.close();
});

async function clickPreset(name: string) {
  await page.waitForSelector('.sw-preset');
  await page.$$eval(
    '.sw-preset',
    (buttons, wanted) => {
      const button = buttons.find((candidate) => candidate.querySelector('.sw-preset-name')?.textContent === wanted);
      (button as HTMLButtonElement | undefined)?.click();
    },
    name,
  );
}

test('the extension is installed from the unpacked build', () => {
  expect(firefox.extensionId).toBe('scopewise@scopewise.dev');
});

test('HAML form (15.x): risk labels, then a preset is submitted', async () => {
  await page.goto('https://gitlab.com/-/profile/personal_access_tokens');
  await page.waitForSelector('[data-scopewise="scope-help:api"] .sw-risk');
  const labels = await page.$$eval('.sw-risk', (nodes) => nodes.map((node) => node.textContent));
  expect(labels).toHaveLength(7);
  expect(labels[0]).toBe('Critical risk');
  await clickPreset('Container registry push');
  const before = sim.submissions.length;
  await page.click('form [type=submit]');
  const submission = await nextSubmission(sim, before);
  expect(submission.scopes).toEqual(['read_registry', 'write_registry']);
  expect(submission.expires_at).toBe(utcDate(30));
});

test('Vue form (18.x, relative URL root): a preset reaches the Vue state', async () => {
  await page.goto('https://gitlab.com/gitlab/-/user_settings/personal_access_tokens');
  await page.waitForSelector('[data-testid="add-new-token-button"]');
  await page.click('[data-testid="add-new-token-button"]');
  await page.waitForSelector('[data-scopewise="scope-summary"]');
  await clickPreset('Read-only API');
  const before = sim.submissions.length;
  await page.click('[data-testid="create-token-button"]');
  const submission = await nextSubmission(sim, before);
  expect(submission.scopes).toEqual(['read_api']);
  expect(submission.name).toBe(`Read-only API – ${utcDate()}`);
  expect(submission.expires_at).toBe(utcDate(90));
  expect(errors).toEqual([]);
});

test('fine-grained form (19.2): a preset drives GitLab’s controls and reaches the GraphQL request', async () => {
  await page.goto('https://gitlab.com/-/user_settings/personal_access_tokens/granular/new');
  await page.waitForSelector('[data-testid="resource-tree"]');
  await clickPreset('Container registry pull');
  await page.waitForFunction(() =>
    document.querySelector('[data-scopewise="presets"] .sw-preset-note')?.textContent?.startsWith('Applied'),
  );
  // The user's part: pick a project, then "Generate token".
  await page.click('[data-testid="crud-actions"] [data-testid="base-dropdown-toggle"]');
  await page.click('[data-testid="listbox-item-gid://gitlab/Project/7"]');
  const before = sim.submissions.length;
  await page.$$eval('button', (buttons) =>
    (
      buttons.find((button) => button.textContent?.trim() === 'Generate token') as HTMLButtonElement | undefined
    )?.click(),
  );
  const submission = await nextSubmission(sim, before);
  expect(submission.granularScopes).toEqual([
    {
      access: 'SELECTED_MEMBERSHIPS',
      resourceIds: ['gid://gitlab/Project/7'],
      permissions: ['read_container_repository'],
    },
  ]);
  expect(submission.expires_at?.slice(0, 10)).toBe(utcDate(90));
  expect(errors).toEqual([]);
});

test('Firefox keeps its own cookie policy: Total Cookie Protection, nothing changed', async () => {
  expect(await firefox.cookiePolicy()).toEqual({ cookieBehavior: 5, category: 'standard', changed: [] });
});

test('session mode: the popup lists the signed-in user’s tokens and revokes one with the CSRF token', async () => {
  seedRiskyTokens(sim.api);
  const laptop = sim.api.tokens.find((token) => token.name === 'Laptop glab');
  // Signed in to gitlab.com in this browser: GitLab's session cookie set by gitlab.com itself, in a
  // top-level page, so in the first-party cookie jar, where a sign-in puts it.
  await page.goto(`${GITLAB}/dashboard/projects`);
  await page.evaluate(
    (name, value) => cookieStore.set({ name, value, path: '/', sameSite: 'lax' }),
    SESSION_COOKIE,
    sim.api.signIn(1),
  );
  sim.api.log = [];
  await firefox.openExtensionPage(page, 'popup.html');
  // alice's 8 active tokens (seedRiskyTokens).
  await page.waitForFunction(() => document.querySelectorAll('.token').length === 8);
  // What GitLab received: the token list, every request with the session cookie, none with a token.
  expect(sim.api.log.some((entry) => entry.method === 'GET' && /^\/personal_access_tokens\?/.test(entry.url))).toBe(
    true,
  );
  expect(sim.api.log.filter((entry) => entry.auth !== 'session')).toEqual([]);

  await page.click(`button[aria-label="Revoke ${laptop?.name}"]`);
  await page.$$eval('[role="alertdialog"] button', (buttons) =>
    (buttons.find((button) => button.textContent === 'Revoke token') as HTMLButtonElement | undefined)?.click(),
  );
  await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Revoked Laptop glab.');
  expect(sim.api.log.filter((entry) => entry.method !== 'GET')).toEqual([
    { method: 'DELETE', url: `/personal_access_tokens/${laptop?.id}`, auth: 'session', csrf: true },
  ]);
  expect(laptop?.revoked).toBe(true);
  expect(errors).toEqual([]);
});

test('signed out: the popup says so, and that session mode sees only the default container', async () => {
  await page.goto(`${GITLAB}/dashboard/projects`);
  await page.evaluate((name) => cookieStore.delete(name), SESSION_COOKIE);
  await firefox.openExtensionPage(page, 'popup.html');
  await page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes('Not signed in'));
  const text = await page.$eval('[role="alert"]', (alert) => alert.textContent ?? '');
  expect(text).toContain('In Firefox, session mode sees only the sign-in of the default container');
  expect(text).toContain('Use token mode');
});
