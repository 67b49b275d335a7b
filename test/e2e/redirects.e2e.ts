import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { seedRiskyTokens } from '../simulator/api';
import { type Simulator, startSimulator } from '../simulator/server';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { signIn } from './helpers';

/**
 * A redirect from the instance to another origin must carry no secret there. The other origin is
 * a second local server (attacker.example) that answers every CORS preflight with "yes" and
 * records what reached it: what a hostile host behind a compromised proxy would do.
 */
const TOKEN = 'glpat-FAKE-e2e-redirect-token';
const ATTACKER = 'https://attacker.example';

let sim: Simulator;
let browser: ExtensionBrowser;
let page: Page;
const received: Array<{ method: string; url: string; headers: IncomingHttpHeaders }> = [];
let closeAttacker: () => Promise<void>;

beforeAll(async () => {
  sim = await startSimulator();
  const pems = await generate([{ name: 'commonName', value: 'attacker.example' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 86_400_000),
  });
  const attacker = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    response.writeHead(request.method === 'OPTIONS' ? 204 : 200, {
      'Access-Control-Allow-Origin': request.headers.origin ?? '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? '*',
      'Access-Control-Allow-Methods': 'GET, POST, DELETE',
      'Content-Type': 'application/json',
    });
    response.end(
      request.method === 'OPTIONS' ? '' : JSON.stringify({ id: 1, username: 'alice', name: 'x', scopes: [] }),
    );
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  closeAttacker = () =>
    new Promise((resolve) => {
      attacker.closeAllConnections();
      attacker.close(() => resolve());
    });
  browser = await launchWithExtension({
    simulatorPort: sim.port,
    hostPorts: { 'attacker.example': (attacker.address() as AddressInfo).port },
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await sim?.close();
  await closeAttacker?.();
});

beforeEach(async () => {
  sim.api.reset();
  seedRiskyTokens(sim.api);
  sim.api.addToken({ name: 'Scopewise', scopes: ['api'], value: TOKEN, expires_at: '2099-01-01' });
  received.length = 0;
  await browser.context.clearCookies();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.evaluate(() => chrome.storage.local.clear());
});

/** The attacker's origin is reachable from the extension's pages: an empty log above means something. */
async function expectAttackerReachable() {
  const before = received.length;
  expect(await page.evaluate((url) => fetch(url).then((response) => response.ok), `${ATTACKER}/reachable`)).toBe(true);
  expect(received.length).toBe(before + 1);
}

const leaked = () =>
  received.filter((request) =>
    Object.entries(request.headers).some(
      ([name, value]) => name === 'private-token' || name === 'x-csrf-token' || String(value).includes(TOKEN),
    ),
  );

test('"Check and save token": a redirect to another origin receives no token, and nothing is saved', async () => {
  sim.api.failNext({
    path: /^\/personal_access_tokens\/self$/,
    status: 302,
    headers: { Location: `${ATTACKER}/api/v4/personal_access_tokens/self` },
  });
  await page.getByLabel('Mode for gitlab.com').selectOption('token');
  await page.getByLabel('Token for gitlab.com').fill(TOKEN);
  await page.getByRole('button', { name: 'Check and save token' }).click();
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
    .toBe(
      'Token not saved. gitlab.com redirected to another address; Scopewise does not follow redirects that carry your token or session.',
    );
  expect(leaked()).toEqual([]);
  expect(received).toEqual([]);
  expect(sim.api.log.filter((entry) => entry.url === '/personal_access_tokens/self')).toHaveLength(1);
  expect(await page.getByRole('button', { name: /^Forget token/ }).count()).toBe(0);
  await expectAttackerReachable();
});

test('session mode: a redirected write sends no CSRF token to the other origin, and revokes nothing', async () => {
  await signIn(browser.context, sim);
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const row = page.locator('.token', { has: page.locator('.token-name', { hasText: 'Forgotten' }) });
  await row.getByRole('button', { name: 'Revoke Forgotten' }).click();
  sim.api.failNext({
    method: 'DELETE',
    path: /^\/personal_access_tokens\/\d+$/,
    status: 307,
    headers: { Location: `${ATTACKER}/api/v4/personal_access_tokens/1` },
  });
  await page.getByRole('button', { name: 'Revoke token' }).click();
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
    .toContain('Revoke failed: gitlab.com redirected to another address');
  expect(leaked()).toEqual([]);
  expect(received).toEqual([]);
  expect(sim.api.tokens.find((token) => token.name === 'Forgotten')?.revoked).toBe(false);
  await expectAttackerReachable();
});
