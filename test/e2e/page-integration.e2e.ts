import { expect, test } from 'vitest';
import { useSimulatedGitLab } from './browser';
import { GITLAB, openVariant } from './helpers';

/** What GitLab's page (its main world) can learn of Scopewise from messages posted to it. */
const env = useSimulatedGitLab();

declare global {
  interface Window {
    seenMessages?: unknown[];
  }
}

test('a token page where Scopewise works gets no "content script started" message', async () => {
  await env.page.addInitScript(() => {
    window.seenMessages = [];
    window.addEventListener('message', (event) => window.seenMessages?.push(event.data));
  });
  await openVariant(env.browser.context, env.page, 'v17');
  // Scopewise ran on this page: its help is there.
  await expect.poll(() => env.page.locator('[data-scopewise="scope-help:api"]').count(), { timeout: 10_000 }).toBe(1);
  // The recorder works: a message the page posts itself is seen.
  await env.page.evaluate(() => window.postMessage({ type: 'control' }, '*'));
  await expect.poll(() => env.page.evaluate(() => window.seenMessages?.length ?? 0)).toBeGreaterThan(0);
  expect(await env.page.evaluate(() => window.seenMessages)).toEqual([{ type: 'control' }]);
});

test('a page matched only by its query string gets no Scopewise UI and no message', async () => {
  await env.page.goto(`${GITLAB}/explore/projects?q=-/user_settings/personal_access_tokens`);
  await env.page.evaluate(() => window.postMessage({ type: 'control' }, '*'));
  await expect.poll(() => env.page.evaluate(() => window.seenMessages?.length ?? 0)).toBeGreaterThan(0);
  expect(await env.page.evaluate(() => window.seenMessages)).toEqual([{ type: 'control' }]);
  expect(await env.page.locator('[data-scopewise]').count()).toBe(0);
});
