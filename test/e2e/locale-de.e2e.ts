import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { seedRiskyTokens } from '../simulator/api';
import { CHROME_BUILD, useSimulatedGitLab } from './browser';
import { signIn } from './helpers';

/**
 * The popup and the options page as a German browser shows them. Chromium picks an extension's
 * locale by its own UI language, and Debian's Chromium without `chromium-l10n` has English only
 * (`--lang=de` falls back to en-US). So the build is copied with German as its only locale: the
 * pages then read `_locales/de` through `browser.i18n` exactly as in a German browser.
 */
function germanOnlyBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scopewise-de-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  rmSync(join(dir, '_locales/en'), { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, default_locale: 'de' }));
  return dir;
}

const extensionPath = germanOnlyBuild();
afterAll(() => rmSync(extensionPath, { recursive: true, force: true }));
const env = useSimulatedGitLab({ extensionPath });
const page = () => env.page;
const row = (name: string) => page().locator('.token', { has: page().locator('.token-name', { hasText: name }) });

beforeEach(() => {
  env.sim.api.reset();
  seedRiskyTokens(env.sim.api);
});

test('the popup speaks German: its labels, group headings, actions and dates', async () => {
  await signIn(env.browser.context, env.sim);
  await page().goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
  await expect.poll(() => page().locator('.token').count()).toBe(8);
  expect(await page().evaluate(() => document.documentElement.lang)).toBe('de');
  // The rows come from the cache first; the button says "Aktualisieren" once the refresh is done.
  await expect.poll(() => page().getByRole('button', { name: 'Aktualisieren' }).count()).toBe(1);
  expect(await page().getByRole('searchbox', { name: 'Token suchen' }).count()).toBe(1);
  expect(await page().locator('.group-heading').first().textContent()).toMatch(/^Kritisch /);
  expect(await page().locator('.summary').textContent()).toContain('8 aktiv');
  const laptop = row('Laptop glab');
  expect(await laptop.getByRole('button', { name: 'Laptop glab rotieren' }).textContent()).toBe('Rotieren');
  expect(await laptop.getByRole('button', { name: 'Laptop glab widerrufen' }).textContent()).toBe('Widerrufen');
  expect(await laptop.locator('.token-dates dt').allTextContents()).toEqual([
    'Erstellt',
    'Zuletzt verwendet',
    'Läuft ab',
  ]);
  // Intl in the messages' language: "in 3 Tagen", not "in 3 days".
  expect(await laptop.locator('.token-dates time').last().textContent()).toMatch(/^in 3 Tagen/);
  // The warnings: the core gives each rule and its values, the popup words them in German.
  const warningsOf = (name: string) => row(name).locator('.warning').allTextContents();
  expect(await warningsOf('Laptop glab')).toEqual(['Läuft in 3 Tagen ab', 'Breiter Geltungsbereich: api']);
  expect(await warningsOf('Legacy CI')).toEqual(['Kein Ablaufdatum']);
  expect(await warningsOf('Admin script')).toContain('Administrator-Geltungsbereich: sudo');
  expect(env.browser.errors).toEqual([]);
});

test('the popup says in German why GitLab failed, over the last list it had', async () => {
  await signIn(env.browser.context, env.sim);
  await page().goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
  await expect.poll(() => page().getByRole('button', { name: 'Aktualisieren' }).count()).toBe(1);
  env.sim.api.failNext({ path: /^\/personal_access_tokens$/, status: 500 });
  await page().getByRole('button', { name: 'Aktualisieren' }).click();
  await expect.poll(() => page().getByRole('alert').textContent()).toContain('(veraltet)');
  expect(await page().getByRole('alert').textContent()).toContain(
    'gitlab.com hatte einen Fehler (500): Versuche es später erneut.',
  );
  expect(await page().locator('.token').count()).toBe(8);
});

test('the options page speaks German', async () => {
  await page().goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  expect(await page().getByRole('heading', { level: 1 }).textContent()).toBe('Scopewise-Optionen');
  expect(await page().title()).toBe('Scopewise-Optionen');
  expect(await page().getByRole('heading', { level: 2 }).allTextContents()).toEqual([
    'Instanzen',
    'Ablauf und Hinweise',
    'Vorlagen',
    'Eigene Vorlagen',
    'Fehlerbehebung',
  ]);
  expect(await page().getByRole('button', { name: 'Instanz hinzufügen' }).count()).toBe(1);
  // A refused address: the core says why as data, the page in German.
  await page().getByLabel('Adresse der selbstverwalteten GitLab-Instanz').fill('ftp://gitlab.example.com');
  await page().getByRole('button', { name: 'Instanz hinzufügen' }).click();
  await expect
    .poll(() => page().getByRole('status').textContent())
    .toBe('GitLab wird über https (oder http) erreicht, nicht über ftp.');
});
