import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { FINE_GRAINED_PRESETS } from '../../utils/catalog/fine-grained-presets';
import { BUILTIN_PRESETS } from '../../utils/catalog/presets';
import type { VariantId } from '../simulator/pages';
import type { Simulator, Submission } from '../simulator/server';
import { useSimulatedGitLab } from './browser';
import { lastStorableDay, nextSubmission, openVariant, presetButton, utcDate } from './helpers';

/**
 * GitLab's datepicker is Pikaday: every date Scopewise sets through its field's `change` opens the
 * calendar, which then covers the preset bar, takes the arrow keys and Backspace, and focuses its
 * trigger. On every Vue form, in zones east and west of UTC, Scopewise must leave it closed, leave
 * focus where the user's click left it, and GitLab must send the date its field shows.
 */

const PROJECT = 'gid://gitlab/Project/7';

interface VueForm {
  variant: VariantId;
  /** The 18.x page shows the form only after "Add new token". */
  open?: boolean;
  /** The form's maximum in days from now, as the simulated server writes it. */
  maxDays: number;
  /** How the maximum is written: a `Date#iso8601` (EE policy) or a `Time#iso8601`. */
  maxAsDate: boolean;
  fineGrained: boolean;
  /** HAML pages: GitLab's expires_at_field passes the maximum as the instant it is. */
  haml?: boolean;
}

const FORMS: VueForm[] = [
  { variant: 'v15', maxDays: 365, maxAsDate: false, fineGrained: false, haml: true },
  { variant: 'v17', open: true, maxDays: 365, maxAsDate: false, fineGrained: false, haml: true },
  { variant: 'v18', open: true, maxDays: 180, maxAsDate: true, fineGrained: false },
  { variant: 'v19-legacy', maxDays: 365, maxAsDate: false, fineGrained: false },
  { variant: 'v19-legacy-grouped', maxDays: 365, maxAsDate: false, fineGrained: false },
  { variant: 'v19-granular', maxDays: 365, maxAsDate: false, fineGrained: true },
];

const calendar = (page: Page) => page.locator('.gl-datepicker .pika-single');
const field = (page: Page) => page.locator('[data-testid="gl-datepicker-input"]');
/** A scope's checkbox: by its test id, (grouped selector) the li around it, or (HAML) its value. */
const scopeBox = (page: Page, scope: string) =>
  page.locator(
    `[data-testid="${scope}-checkbox"], li[data-testid="${scope}"] input[type=checkbox], input[name$="[scopes][]"][value="${scope}"]`,
  );
const choice = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true });

async function openForm(
  env: { browser: { context: import('playwright-core').BrowserContext }; page: Page },
  form: VueForm,
) {
  await openVariant(env.browser.context, env.page, form.variant);
  if (form.open) await env.page.getByTestId('add-new-token-button').click();
  if (form.fineGrained) await env.page.locator('[data-testid="resource-tree"]').waitFor();
  // Scopewise is done with the form once its quick choices are next to the field.
  await env.page.locator('.sw-expiry').waitFor();
}

/** The date GitLab stores for what the form sends: the legacy forms send a date, the fine-grained one an instant. */
const storedDate = (submission: Submission) => submission.expires_at?.slice(0, 10);

/** The local date of the instant the fine-grained form sent: what its field showed. */
function shownDateOf(page: Page, instant: string): Promise<string> {
  return page.evaluate((sent) => {
    const date = new Date(sent);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, instant);
}

/** Generates the token as a user does (a project first, on the fine-grained form); returns what GitLab received. */
async function generate(page: Page, sim: Simulator, form: VueForm): Promise<Submission> {
  const before = sim.submissions.length;
  if (form.fineGrained) {
    await page.getByRole('button', { name: 'Add group or project' }).click();
    await page.locator(`[data-testid="listbox-item-${PROJECT}"]`).click();
    await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  } else {
    await page.locator(form.haml ? 'form [type=submit]' : '[data-testid="create-token-button"]').click();
  }
  return nextSubmission(sim, before);
}

/** What a user sees and GitLab receives must agree: the field's date is the date sent. */
async function expectShownIsSent(page: Page, form: VueForm, shown: string, submission: Submission) {
  const sent = submission.expires_at ?? '';
  expect(form.fineGrained ? await shownDateOf(page, sent) : sent).toBe(shown);
}

const daysFromToday = (date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${utcDate()}T00:00:00Z`)) / 86_400_000);

describe.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Berlin'])('in %s', (timezoneId) => {
  const env = useSimulatedGitLab({ timezoneId });

  describe.each(FORMS)('$variant', (form) => {
    test('a quick choice, then a preset: calendar closed, focus kept, keys change nothing GitLab sends', async () => {
      await openForm(env, form);
      await expect.poll(() => calendar(env.page).isHidden()).toBe(true);
      await choice(env.page, '7 days').click();
      await expect.poll(() => calendar(env.page).isHidden()).toBe(true);
      await expect
        .poll(() => choice(env.page, '7 days').evaluate((button) => button === document.activeElement))
        .toBe(true);

      // The next click goes to the preset, not to a day of an open calendar.
      const preset = presetButton(env.page, 'Git clone / pull');
      await preset.click({ timeout: 5_000 });
      if (form.fineGrained) {
        await expect
          .poll(() => env.page.locator('[data-scopewise="presets"] .sw-preset-note').textContent())
          .toContain('Applied Git clone / pull');
      } else {
        await expect
          .poll(() => env.page.locator('.sw-preset-note').textContent())
          .toContain('Applied Git clone / pull');
        expect(await scopeBox(env.page, 'read_repository').isChecked()).toBe(true);
      }
      await expect.poll(() => calendar(env.page).isHidden()).toBe(true);
      await expect.poll(() => preset.evaluate((button) => button === document.activeElement)).toBe(true);

      const shown = await field(env.page).inputValue();
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'Backspace', 'Delete'])
        await env.page.keyboard.press(key);
      expect(await field(env.page).inputValue()).toBe(shown);
      const submission = await generate(env.page, env.sim, form);
      const presets = form.fineGrained ? FINE_GRAINED_PRESETS : BUILTIN_PRESETS;
      const lifetime = presets.find((item) => item.name === 'Git clone / pull')?.lifetimeDays ?? 0;
      expect(storedDate(submission)).toBe(utcDate(lifetime));
      await expectShownIsSent(env.page, form, shown, submission);
      expect(env.browser.errors).toEqual([]);
    });

    test('1 year: what its description says is what GitLab stores', async () => {
      await openForm(env, form);
      const last = await lastStorableDay(
        env.page,
        form.maxDays,
        form.fineGrained ? 'fine-grained' : form.haml ? 'haml' : 'vue',
      );
      const days = Math.min(365, daysFromToday(last));
      const button = choice(env.page, '1 year');
      if (days < 365) {
        expect(await button.getAttribute('title')).toBe(`${days} days: the latest date this form accepts`);
      } else {
        expect(await button.getAttribute('title')).toBeNull();
      }
      await button.click();
      await expect.poll(() => calendar(env.page).isHidden()).toBe(true);
      await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
      const note = await env.page.locator('.sw-expiry-note').textContent();
      expect(note).toContain(`Stops working on ${utcDate(days)} at 00:00 UTC`);
      if (days < 365) expect(note).toContain('the latest date this form accepts');
      const shown = await field(env.page).inputValue();
      await presetButton(env.page, 'Read-only API').click();
      // The preset sets its own lifetime; the quick choice again afterwards.
      await button.click();
      await expect.poll(() => calendar(env.page).isHidden()).toBe(true);
      expect(await field(env.page).inputValue()).toBe(shown);
      const submission = await generate(env.page, env.sim, form);
      expect(storedDate(submission)).toBe(utcDate(days));
      await expectShownIsSent(env.page, form, shown, submission);
    });
  });

  test('the default lifetime on load leaves the calendar closed and focus alone; an untouched fine-grained default stays', async () => {
    // 30 days (the default): the fine-grained form's own default (now + 30 days) already stores today+30.
    await openForm(env, FORMS.find((form) => form.fineGrained) as VueForm);
    const gitlabDefault = await env.page.evaluate(() => {
      const date = new Date(Date.now() + 30 * 86_400_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    });
    expect(await field(env.page).inputValue()).toBe(gitlabDefault);

    await env.page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await env.page.getByLabel('Default lifetime (days)').fill('14');
    await env.page.getByRole('button', { name: 'Save lifetime' }).click();
    await expect.poll(() => env.page.getByRole('status').textContent()).toContain('14 days');
    for (const form of FORMS) {
      await openForm(env, form);
      await expect.poll(() => calendar(env.page).isHidden()).toBe(true);
      // Where the user's last click left it: "Add new token" on the 18.x page (17.x hides that button), nowhere on the others.
      const focused = await env.page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
      );
      expect(focused).toBe(form.open && !form.haml ? 'add-new-token-button' : 'BODY');
      const shown = await field(env.page).inputValue();
      await env.page.keyboard.press('ArrowRight');
      await env.page.keyboard.press('Backspace');
      expect(await field(env.page).inputValue()).toBe(shown);
      if (form.fineGrained) await env.page.locator('#token-description').fill('Nightly mirror.');
      const name = form.fineGrained
        ? '#token-name'
        : form.haml
          ? 'input[name$="[name]"]'
          : '[data-testid="access-token-name-field"]';
      await env.page.locator(name).fill('Mirror');
      if (form.fineGrained) {
        await env.page.getByRole('button', { name: 'Toggle Repository category' }).click();
        await env.page.locator('[data-testid="resource-tree"] input[value="code"]').check();
        const row = env.page.locator('[data-testid="selected-resource"]');
        await row.getByTestId('base-dropdown-toggle').click();
        await row.getByTestId('listbox-item-download_code').click();
        await row.getByTestId('base-dropdown-toggle').click();
        await env.page.locator('#group-access input[value="SELECTED_MEMBERSHIPS"]').check();
      } else {
        await scopeBox(env.page, 'read_repository').check();
      }
      const submission = await generate(env.page, env.sim, form);
      expect(storedDate(submission)).toBe(utcDate(14));
      await expectShownIsSent(env.page, form, shown, submission);
    }
    expect(env.browser.errors).toEqual([]);
  });
});
