import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../simulator/server';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { openVariant, presetButton, submitForm, utcDate } from './helpers';

/**
 * GitLab stops a token at 00:00 UTC of its date, so "30 days" means today+30 as UTC calendar dates
 * in every zone, including one 14 hours ahead of UTC and one 10 hours behind it.
 */
describe.each(['Pacific/Kiritimati', 'Pacific/Honolulu'])('in %s', (timezoneId) => {
  let sim: Simulator;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    sim = await startSimulator();
    browser = await launchWithExtension({ simulatorPort: sim.port, timezoneId });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  test('quick choices and presets submit UTC dates on the Vue form', async () => {
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
    await openVariant(browser.context, page, 'v18');
    await page.getByTestId('add-new-token-button').click();
    await page.getByRole('button', { name: '30 days', exact: true }).click();
    await page.locator('[data-testid="read_api-checkbox"]').check();
    await page.locator('[data-testid="access-token-name-field"]').fill('tz test');
    const submission = await submitForm(page, sim, '[data-testid="create-token-button"]');
    expect(submission.expires_at).toBe(utcDate(30));
  });

  test('on a HAML form too, and the note shows the instant in local time', async () => {
    await openVariant(browser.context, page, 'v17');
    await page.getByTestId('add-new-token-button').click();
    await presetButton(page, 'Git push').click();
    const note = await page.locator('.sw-expiry-note').textContent();
    expect(note).toContain(`Stops working on ${utcDate(30)} at 00:00 UTC`);
    // 00:00 UTC is 2 PM the same day in Kiritimati (UTC+14) and 2 PM the day before in Honolulu (UTC-10).
    expect(note).toContain('2:00 PM your time');
    const submission = await submitForm(page, sim);
    expect(submission.expires_at).toBe(utcDate(30));
    expect(browser.errors).toEqual([]);
  });
});
