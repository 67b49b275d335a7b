import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { seedRiskyTokens } from '../simulator/api';
import { OFFERED_SCOPES } from '../simulator/scopes';
import { CHROME_BUILD, useSimulatedGitLab } from './browser';
import {
  openFineGrained,
  openVariant,
  PICKED_PROJECT,
  pickProjectAndGenerate,
  presetButton,
  signIn,
  submitForm,
  utcDate,
} from './helpers';

/**
 * The popup, the options page and the injected UI as a German browser shows them. Chromium picks an extension's
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
  // A refused presets file: the core names the field and its rule, the page words the rule in German.
  const file = join(tmpdir(), `scopewise-bad-de-${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      presets: [
        {
          id: 'x',
          name: 'X',
          scopes: [],
          description: '',
          lifetimeDays: 30,
          role: 'reporter',
          source: 'https://x.example',
        },
      ],
    }),
  );
  await page().getByLabel('Vorlagen importieren (JSON)').setInputFiles(file);
  await expect
    .poll(() => page().getByRole('status').textContent())
    .toBe(
      'Import abgelehnt, nichts wurde geändert. presets[0].scopes: eine Vorlage braucht mindestens einen Geltungsbereich',
    );
  rmSync(file);
});

test('the fine-grained form speaks German, and GitLab receives what it receives in English', async () => {
  await openFineGrained(env);
  const summary = page().locator('[data-scopewise="summary"]').getByRole('status');
  await expect
    .poll(() => summary.textContent())
    .toBe('Keine Berechtigungen ausgewählt: GitLab braucht mindestens eine Ressource mit Berechtigungen.');
  // Preset names are the contract, in every language.
  await presetButton(page(), 'Git clone / pull').click();
  await expect
    .poll(() => summary.textContent(), { timeout: 15_000 })
    .toContain(
      'In den Gruppen und Projekten, die du auswählst, kann dieses Token das Repository über HTTPS klonen und pullen (auch LFS und Archive).',
    );
  expect(await summary.textContent()).toContain(
    'Wähle unter „Gruppe oder Projekt“ mindestens eine Gruppe oder ein Projekt aus.',
  );
  const help = page().locator('[data-scopewise="permission-help:0:code"]');
  // Permission ids are GitLab's and stay as they are.
  expect(await help.locator('code').allTextContents()).toEqual(['download_code', 'push_code', 'read_code']);
  const [download, push] = await help.locator('li').allTextContents();
  expect(download).toContain(
    'download_code (ausgewählt): ein Token kann damit das Repository über HTTPS klonen und pullen (auch LFS und Archive). Legacy-Entsprechung: read_repository. Seit GitLab 19.2.',
  );
  expect(push).toContain('push_code: ein Token kann damit Commits und Tags über HTTPS pushen');

  // What the English test of this preset (fine-grained.e2e.ts) expects GitLab to receive.
  const submission = await pickProjectAndGenerate(page(), env.sim);
  expect(submission.granularScopes).toEqual([
    { access: 'SELECTED_MEMBERSHIPS', resourceIds: [PICKED_PROJECT], permissions: ['download_code'] },
  ]);
  expect(submission.name).toBe(`Git clone / pull – ${utcDate()}`);
  // The description is the user's language (the English test expects the English one).
  expect(submission.description).toBe('Git clone und pull über HTTPS (nur lesend).');
  expect(submission.expires_at?.slice(0, 10)).toBe(utcDate(90));
  expect(submission.sudo).toBe(false);
  expect(env.browser.errors).toEqual([]);
});

test('the preset bar on a legacy form speaks German, with the presets’ names as they are; the form sends the same', async () => {
  await openVariant(env.browser.context, page(), 'v17');
  await page().getByTestId('add-new-token-button').click();
  const bar = page().locator('[data-scopewise="presets"]');
  expect(await bar.locator('.sw-presets-title').textContent()).toBe('Vorlagen mit minimalen Berechtigungen');
  expect(await bar.getByRole('searchbox', { name: 'Vorlagen filtern' }).count()).toBe(1);
  // The contract names stay English: the group's name and the presets'.
  expect(await page().getByRole('group', { name: 'Scopewise presets' }).count()).toBe(1);
  const push = presetButton(page(), 'Container registry push');
  expect(await push.getAttribute('title')).toBe(
    'docker push in die GitLab-Container-Registry. Verifiziert: skopeo funktioniert auf einem GitLab-Simulator mit genau diesen und scheitert ohne jede einzelne davon. Ein feingranulares Token kann dieses nicht ersetzen: Feingranulare Token können keine Container-Images pushen (GitLab 19.2). Quelle: https://docs.gitlab.com/user/packages/container_registry/authenticate_with_container_registry/',
  );
  await push.click();
  const note = bar.locator('.sw-preset-note');
  await expect
    .poll(() => note.textContent())
    .toContain('Container registry push angewendet (read_registry, write_registry).');
  expect(await note.textContent()).toContain('Verifiziert: skopeo funktioniert');
  expect(await note.textContent()).toContain(
    'Engere Alternative: Ein Deploy-Token mit read_registry und write_registry',
  );
  expect(await note.getByRole('link').textContent()).toBe('Quelle');
  const submission = await submitForm(page(), env.sim);
  // What English sends (token-forms.e2e.ts), but the description is the user's language.
  expect(submission.scopes).toEqual(['read_registry', 'write_registry']);
  expect(submission.name).toBe(`Container registry push – ${utcDate()}`);
  expect(submission.description).toBe('docker push in die GitLab-Container-Registry.');
});

test('the 18.x token form speaks German, and sends what it sends in English', async () => {
  const german = await parseMessagesFile(join(import.meta.dirname, '../../locales/de.yml'));
  const text = (key: string) => german.find((message) => message.key.join('.') === key);
  await openVariant(env.browser.context, page(), 'v18');
  await page().getByTestId('add-new-token-button').click();
  const help = (scope: string) => page().locator(`[data-scopewise="scope-help:${scope}"]`);
  await expect.poll(() => help('api').locator('.sw-risk').textContent()).toBe('Kritisches Risiko');
  expect(await help('read_user').locator('.sw-risk').textContent()).toBe('Geringes Risiko');
  expect(await help('read_repository').locator('.sw-risk').textContent()).toBe('Hohes Risiko');
  const ifLeaked = text('scopes.api.ifLeaked');
  expect(await help('api').locator('.sw-scope-text').first().textContent()).toBe(
    ifLeaked?.type === 'simple' ? ifLeaked.message : 'a message',
  );
  expect(await help('api').locator('.sw-scope-since').textContent()).toBe(' Seit GitLab 8.15.');
  // GitLab's checkboxes keep their scope ids: the help is keyed by them, one per offered scope.
  const keys = await page()
    .locator('[data-scopewise^="scope-help:"]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-scopewise')));
  expect(keys).toEqual(OFFERED_SCOPES.v18.map((scope) => `scope-help:${scope}`));
  expect(await page().locator('.sw-chip').allTextContents()).toEqual(['7 Tage', '30 Tage', '90 Tage', '1 Jahr']);

  // Preset names stay English; what reaches GitLab is the English run's (token-forms.e2e.ts), but
  // the preset's description, which is in the user's language.
  await presetButton(page(), 'Read-only API').click();
  const status = page().locator('[data-scopewise="scope-summary"] [role="status"]');
  await expect.poll(() => status.textContent()).toContain('Insgesamt: Hohes Risiko.');
  expect(await status.textContent()).toMatch(/^Ein Token mit diesen Geltungsbereichen kann /);
  await page().getByRole('button', { name: '30 Tage', exact: true }).click();
  await expect
    .poll(() => page().locator('.sw-expiry-note').textContent())
    .toContain(`Läuft am ${utcDate(30)} um 00:00 UTC ab`);
  const submission = await submitForm(page(), env.sim, '[data-testid="create-token-button"]');
  expect(submission.contentType).toContain('application/json');
  expect(submission.scopes).toEqual(['read_api']);
  expect(submission.name).toBe(`Read-only API – ${utcDate()}`);
  expect(submission.description).toBe('Lesender API-Zugriff für ein Dashboard oder einen Bericht.');
  expect(submission.expires_at).toBe(utcDate(30));
  expect(env.browser.errors).toEqual([]);
});
