import { describe, expect, test } from 'vitest';
import { useSimulatedGitLab } from './browser';
import { openVariant, presetButton, submitForm, utcDate } from './helpers';

/**
 * GitLab stops a token at 00:00 UTC of its date, so "30 days" means today+30 as UTC calendar dates
 * in every zone, including one 14 hours ahead of UTC and one 10 hours behind it.
 */
describe.each(['Pacific/Kiritimati', 'Pacific/Honolulu'])('in %s', (timezoneId) => {
  const env = useSimulatedGitLab({ timezoneId });

  test('quick choices and presets submit UTC dates on the Vue form', async () => {
    expect(await env.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
    await openVariant(env.browser.context, env.page, 'v18');
    await env.page.getByTestId('add-new-token-button').click();
    await env.page.getByRole('button', { name: '30 days', exact: true }).click();
    await env.page.locator('[data-testid="read_api-checkbox"]').check();
    await env.page.locator('[data-testid="access-token-name-field"]').fill('tz test');
    const submission = await submitForm(env.page, env.sim, '[data-testid="create-token-button"]');
    expect(submission.expires_at).toBe(utcDate(30));
  });

  test('on a HAML form too, and the note shows the instant in local time', async () => {
    await openVariant(env.browser.context, env.page, 'v17');
    await env.page.getByTestId('add-new-token-button').click();
    await presetButton(env.page, 'Git push').click();
    const note = await env.page.locator('.sw-expiry-note').textContent();
    expect(note).toContain(`Stops working on ${utcDate(30)} at 00:00 UTC`);
    // 00:00 UTC is 2 PM the same day in Kiritimati (UTC+14) and 2 PM the day before in Honolulu (UTC-10).
    expect(note).toContain('2:00 PM your time');
    const submission = await submitForm(env.page, env.sim);
    expect(submission.expires_at).toBe(utcDate(30));
    expect(env.browser.errors).toEqual([]);
  });
});
