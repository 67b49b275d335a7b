import { beforeEach, describe, expect, test } from 'vitest';
import { seedRiskyTokens } from '../simulator/api';
import { useSimulatedGitLab } from './browser';
import { signIn as signInAs, utcDate } from './helpers';

const env = useSimulatedGitLab();
const popup = () => env.page;

const READ_API_TOKEN = 'glpat-FAKE-e2e-read-api-token';

const signIn = (userId = 1) => signInAs(env.browser.context, env.sim, userId);

async function openPopup(): Promise<void> {
  await popup().goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
}

const row = (name: string) => popup().locator('.token', { has: popup().locator('.token-name', { hasText: name }) });
const warningsOf = async (name: string) => row(name).locator('.warning').allTextContents();
const storageDump = () => popup().evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
/** Every value in the token vault (the extension origin's IndexedDB). */
const vaultDump = () =>
  popup().evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('scopewise-secrets');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('instance-tokens')) return resolve('[]');
          const all = database.transaction('instance-tokens').objectStore('instance-tokens').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
          all.onerror = () => reject(all.error);
        };
      }),
  );

beforeEach(async () => {
  env.sim.api.reset();
  seedRiskyTokens(env.sim.api);
  env.sim.api.addToken({
    name: 'Scopewise read-only',
    scopes: ['read_api'],
    value: READ_API_TOKEN,
    expires_at: utcDate(300),
  });
  await env.browser.context.clearCookies();
  await openPopup();
  await popup().evaluate(() => chrome.storage.local.clear());
  // Leave the page so that its own refresh cannot land in the next test's request log.
  await popup().goto('about:blank');
  env.sim.api.log = [];
});

describe('session mode (no secret stored)', () => {
  test('lists the signed-in user’s active tokens with their warnings, riskiest first', async () => {
    await signIn();
    await openPopup();
    await expect.poll(() => popup().locator('.token').count()).toBe(9);
    expect(await popup().locator('.token-name').first().textContent()).toBe('Admin script');
    expect(await warningsOf('Laptop glab')).toEqual(['Expires in 3 days', 'Broad scope: api']);
    expect(await warningsOf('Legacy CI')).toEqual(['No expiry date']);
    expect(await warningsOf('Admin script')).toContain('Admin scope: sudo');
    expect(await warningsOf('Forgotten')).toEqual(['Never used', 'Expires in 40 days']);
    expect(await warningsOf('Old backup job')).toEqual(['Unused for 120 days', 'Lifetime over 1 year']);
    expect(await warningsOf('Mystery')).toEqual(['Unknown scope: read_vulnerability', 'Used from 3 IP addresses']);
    expect(await warningsOf('Registry pull')).toEqual([]);
    // Another user's token (GitLab lists every user's tokens to admins) and inactive ones are not listed.
    expect(await row("Bob's token").count()).toBe(0);
    expect(await row('Expired deploy').count()).toBe(0);
    // API strings are text, never markup.
    expect(await row('<img src=x onerror=alert(1)>').count()).toBe(1);
    expect(await popup().locator('.tokens img').count()).toBe(0);
    // Session mode: the API saw the session cookie, never a token.
    expect(env.sim.api.log.length).toBeGreaterThan(0);
    expect(env.sim.api.log.every((entry) => entry.auth === 'session')).toBe(true);
    expect(env.sim.api.log.some((entry) => /user_id=1/.test(entry.url) && /state=active/.test(entry.url))).toBe(true);
    // The badge counts active tokens expiring within 7 days.
    expect(await popup().evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(await popup().locator('.summary').textContent()).toContain('9 active');
  });

  test('a fine-grained token shows its permissions and is judged by them, not by its placeholder scope', async () => {
    env.sim.api.addToken({
      name: 'Fine-grained CI',
      scopes: ['granular'],
      granular: true,
      granular_scopes: [
        { access: 'ALL_MEMBERSHIPS', permissions: ['download_code', 'read_variable'] },
        { access: 'USER', permissions: ['create_personal_access_token'] },
      ],
    });
    await signIn();
    await openPopup();
    await expect.poll(() => row('Fine-grained CI').count()).toBe(1);
    expect(await row('Fine-grained CI').locator('.tag').textContent()).toBe('fine-grained');
    expect(await row('Fine-grained CI').locator('.token-scopes').textContent()).toBe(
      'download_code, read_variable, create_personal_access_token',
    );
    expect(await warningsOf('Fine-grained CI')).toEqual([
      'Critical permission: create_personal_access_token',
      'Reads secrets: read_variable',
      'All groups and projects you are a member of',
    ]);
    await popup().getByLabel('Search tokens').fill('read_variable');
    await expect.poll(() => popup().locator('.token').count()).toBe(1);
  });

  test('revoke asks first, sends the CSRF token, and moves the row to Inactive', async () => {
    await signIn();
    await openPopup();
    await row('Laptop glab').getByRole('button', { name: 'Revoke Laptop glab' }).click();
    expect(await popup().getByRole('alertdialog').textContent()).toContain('Laptop glab');
    await popup().getByRole('button', { name: 'Revoke token' }).click();
    await expect.poll(() => popup().getByRole('status').textContent()).toBe('Revoked Laptop glab.');
    await expect.poll(() => row('Laptop glab').count()).toBe(0);
    expect(env.sim.api.tokens.find((token) => token.name === 'Laptop glab')?.revoked).toBe(true);
    await popup().getByText('Inactive', { exact: true }).click();
    await expect
      .poll(() => popup().locator('[aria-label="Inactive tokens"] .token-name').allTextContents())
      .toContain('Laptop glab');
    expect(await popup().evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  });

  test('rotate keeps the lifetime, shows the new token once and never stores it', async () => {
    await signIn();
    await openPopup();
    await row('Registry pull').getByRole('button', { name: 'Rotate Registry pull' }).click();
    expect(await popup().getByRole('alertdialog').textContent()).toContain('stops working at once');
    await popup().getByRole('button', { name: 'Rotate token' }).click();
    const value = popup().getByLabel('New token value');
    await expect.poll(() => value.inputValue()).toBe('glpat-FAKE-rotated-1');
    expect(await value.getAttribute('readonly')).not.toBeNull();
    expect(env.sim.api.log.filter((entry) => entry.method === 'POST')).toHaveLength(1);
    const rotated = env.sim.api.tokens.find((token) => token.value === 'glpat-FAKE-rotated-1');
    // Created 5 days ago, expiring in 85: a 90-day lifetime, from today (UTC).
    expect(rotated?.expires_at).toBe(utcDate(90));
    expect(await storageDump()).not.toContain('glpat-FAKE-rotated');
    await popup().getByRole('button', { name: 'Done' }).click();
    expect(await popup().getByLabel('New token value').count()).toBe(0);
    // Reopening the popup() shows no trace of it.
    await openPopup();
    await expect.poll(() => popup().locator('.token').count()).toBeGreaterThan(0);
    expect(await popup().content()).not.toContain('glpat-FAKE-rotated');
  });

  test('a server error keeps the cached list, marked stale', async () => {
    await signIn();
    await openPopup();
    await expect.poll(() => popup().locator('.token').count()).toBe(9);
    env.sim.api.failNext({ path: /^\/personal_access_tokens$/, status: 500 });
    await popup().getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => popup().getByRole('alert').textContent()).toContain('(stale)');
    expect(await popup().getByRole('alert').textContent()).toContain('had an error (500)');
    expect(await popup().locator('.token').count()).toBe(9);
  });

  test('a Revoke confirmation closes when the user switches instance, and revokes nothing there', async () => {
    await signIn();
    await openPopup();
    await popup().evaluate(() =>
      chrome.storage.local.set({
        instances: [
          { base: 'https://gitlab.com', label: 'gitlab.com', mode: 'session' },
          { base: 'https://corp.example', label: 'corp.example', mode: 'session' },
        ],
      }),
    );
    await openPopup();
    await row('Forgotten').getByRole('button', { name: 'Revoke Forgotten' }).click();
    await expect.poll(() => popup().getByRole('button', { name: 'Revoke token' }).count()).toBe(1);
    await popup().getByLabel('GitLab instance').selectOption('https://corp.example');
    await expect.poll(() => popup().getByRole('button', { name: 'Revoke token' }).count()).toBe(0);
    expect(env.sim.api.log.filter((entry) => entry.method === 'DELETE')).toEqual([]);
    // This build has no access to corp.example: the popup says so and offers to ask for it.
    await expect
      .poll(() => popup().getByRole('alert').textContent())
      .toContain('Scopewise has no access to corp.example.');
    expect(await popup().getByRole('button', { name: 'Allow access' }).count()).toBe(1);
  });

  test('without a session the popup says so and offers token mode', async () => {
    await openPopup();
    await expect.poll(() => popup().getByRole('alert').textContent()).toContain('Not signed in to gitlab.com');
    expect(await popup().getByRole('button', { name: 'Use token mode' }).count()).toBe(1);
    expect(await popup().getByRole('link', { name: 'Sign in to gitlab.com' }).getAttribute('href')).toBe(
      'https://gitlab.com/users/sign_in',
    );
  });

  test('the header’s counts are filter chips: pressed, they show only their tokens', async () => {
    await signIn();
    await openPopup();
    await expect.poll(() => popup().locator('.token').count()).toBe(9);
    const chip = (label: string) => popup().getByRole('button', { name: new RegExp(`^${label} \\d+$`) });
    expect(await chip('Expiring soon').textContent()).toBe('Expiring soon 2');
    expect(await chip('No expiry').textContent()).toBe('No expiry 1');
    expect(await chip('Broad scope').textContent()).toBe('Broad scope 2');
    expect(await chip('Unused').textContent()).toBe('Unused 2');
    expect(await chip('No expiry').getAttribute('aria-pressed')).toBe('false');
    await chip('No expiry').click();
    expect(await chip('No expiry').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => popup().locator('.token-name').allTextContents()).toEqual(['Legacy CI']);
    // A second chip adds its tokens; each group keeps its heading.
    await chip('Broad scope').click();
    await expect
      .poll(() => popup().locator('.token-name').allTextContents())
      .toEqual(['Admin script', 'Laptop glab', 'Legacy CI']);
    expect(await popup().locator('.group-heading').allTextContents()).toEqual(['Critical 1', 'High 2']);
    await chip('No expiry').click();
    await chip('Broad scope').click();
    await expect.poll(() => popup().locator('.token').count()).toBe(9);
  });

  test('dates are relative, with the exact UTC date in the title and in the text', async () => {
    await signIn();
    await openPopup();
    const expires = row('Laptop glab').locator('.token-dates time').nth(2);
    await expect.poll(() => expires.getAttribute('datetime')).toBe(utcDate(3));
    expect(await expires.getAttribute('title')).toBe(`Stops working at 00:00 UTC on ${utcDate(3)}`);
    expect(await expires.textContent()).toBe(`in 3 days (${utcDate(3)})`);
    expect(await row('Laptop glab').locator('.token-dates time').first().textContent()).toMatch(
      /^20 days ago \(\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/,
    );
  });

  test('a confirmation takes focus; Escape or Cancel closes it and focus returns to the row’s button', async () => {
    await signIn();
    await openPopup();
    const focused = () =>
      popup().evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    await row('Forgotten').getByRole('button', { name: 'Revoke Forgotten' }).focus();
    await popup().keyboard.press('Enter');
    await popup().getByRole('alertdialog').waitFor();
    await expect.poll(focused).toBe('Cancel');
    await popup().keyboard.press('Escape');
    await expect.poll(() => popup().getByRole('alertdialog').count()).toBe(0);
    await expect.poll(focused).toBe('Revoke Forgotten');

    await row('Registry pull').getByRole('button', { name: 'Rotate Registry pull' }).click();
    await popup().getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => popup().getByRole('alertdialog').count()).toBe(0);
    await expect.poll(focused).toBe('Rotate Registry pull');
    expect(env.sim.api.log.filter((entry) => entry.method !== 'GET')).toEqual([]);
  });

  test('a long refresh says how far it got, page by page', async () => {
    for (let index = 0; index < 991; index++)
      env.sim.api.addToken({ name: `Service ${index}`, scopes: ['read_api'], expires_at: utcDate(200) });
    env.sim.api.latencyMs = 300;
    await signIn();
    await openPopup();
    const progress = popup().locator('.refresh-progress');
    await expect.poll(() => progress.textContent(), { timeout: 10_000 }).toMatch(/^Refreshing… \d+ of 10 pages$/);
    await expect.poll(() => popup().locator('.summary').textContent(), { timeout: 15_000 }).toContain('1000 active');
    await expect.poll(() => progress.textContent()).toBe('');
  });

  test('recreate links open the prefilled form for the instance’s version', async () => {
    await signIn();
    await openPopup();
    const link = row('Laptop glab').getByRole('link', { name: 'Recreate Laptop glab' });
    const href = new URL((await link.getAttribute('href')) ?? '');
    // The simulator reports GitLab 18.5: the index with name/scopes/description.
    expect(href.pathname).toBe('/-/user_settings/personal_access_tokens');
    expect(href.searchParams.get('name')).toBe('Laptop glab');
    expect(href.searchParams.get('scopes')).toBe('api,write_repository');
  });
});

describe('token mode', () => {
  test('a read_api token lists tokens but is refused for revoke with a clear message', async () => {
    const options = await env.browser.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByLabel('Mode for gitlab.com').selectOption('token');
    await options.getByLabel('Token for gitlab.com').fill(READ_API_TOKEN);
    await options.getByRole('button', { name: 'Check and save token' }).click();
    await expect.poll(() => options.locator('.token-mode').textContent()).toContain('read_api; expires on');
    await options.close();

    await openPopup();
    await expect.poll(() => popup().locator('.token').count()).toBe(9);
    expect(env.sim.api.log.every((entry) => entry.auth === 'token')).toBe(true);
    await row('Forgotten').getByRole('button', { name: 'Revoke Forgotten' }).click();
    await popup().getByRole('button', { name: 'Revoke token' }).click();
    await expect
      .poll(() => popup().getByRole('status').textContent())
      .toBe('Revoke failed: The token lacks the scope this needs: api.');
    expect(env.sim.api.tokens.find((token) => token.name === 'Forgotten')?.revoked).toBe(false);
    // Not in storage.local (content scripts, inside GitLab's pages, can read that), nor in the
    // cache, sync storage or any message: only in the extension origin's own IndexedDB.
    expect(await storageDump()).not.toContain(READ_API_TOKEN);
    expect(await popup().evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)))).toBe('{}');
    expect(await vaultDump()).toContain(READ_API_TOKEN);
    expect(env.browser.errors.filter((error) => error.includes(READ_API_TOKEN))).toEqual([]);

    // Back to session mode: the token is deleted, not kept "just in case".
    const settings = await env.browser.newPage();
    await settings.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await settings.getByLabel('Mode for gitlab.com').selectOption('session');
    await expect.poll(vaultDump).toBe('[]');
    await settings.close();
  });
});
