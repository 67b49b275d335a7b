import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { FINE_GRAINED_PRESETS } from '../../utils/catalog/fine-grained-presets';
import type { Submission } from '../simulator/server';
import { useSimulatedGitLab } from './browser';
import {
  GITLAB,
  lastStorableDay,
  openFineGrained,
  openVariant,
  PICKED_PROJECT,
  pickProjectAndGenerate,
  presetButton,
  utcDate,
} from './helpers';

/**
 * GitLab 19.2's fine-grained token form, with the production build: Scopewise's presets and quick
 * choices drive GitLab's own controls, the user picks a project and clicks "Generate token", and
 * the simulator's GraphQL endpoint records what GitLab would receive.
 */

/** As a user does: open the resource's "Select permissions" listbox, click the option, close it. */
async function pickPermission(page: Page, name: string) {
  const row = page
    .locator('[data-testid="selected-resource"]')
    .filter({ has: page.getByTestId(`listbox-item-${name}`) });
  await row.getByTestId('base-dropdown-toggle').click();
  await row.getByTestId(`listbox-item-${name}`).click();
  await row.getByTestId('base-dropdown-toggle').click();
}

async function applyPreset(page: Page, name: string) {
  await presetButton(page, name).click();
  // Applying drives GitLab's controls one step per task (Renovate: 13 permissions, p95 0.8 s on an
  // idle machine): wait for the note as long as a loaded machine needs, not poll's 1 s default.
  await expect
    .poll(() => page.locator('[data-scopewise="presets"] .sw-preset-note').textContent(), { timeout: 15_000 })
    .toContain(`Applied ${name}`);
}

const permissionsOf = (id: string) => FINE_GRAINED_PRESETS.find((preset) => preset.id === id)?.permissions;
const sentDate = (submission: Submission) => submission.expires_at?.slice(0, 10);

describe('presets submit exactly their permissions', () => {
  const env = useSimulatedGitLab();

  test('Git clone / pull: Code: Download on the picked project, name, description, 90 days', async () => {
    await openFineGrained(env);
    await applyPreset(env.page, 'Git clone / pull');
    const submission = await pickProjectAndGenerate(env.page, env.sim);
    expect(submission.granularScopes).toEqual([
      { access: 'SELECTED_MEMBERSHIPS', resourceIds: [PICKED_PROJECT], permissions: ['download_code'] },
    ]);
    expect(submission.name).toBe(`Git clone / pull – ${utcDate()}`);
    expect(submission.description).toBe('Git clone and pull over HTTPS (read-only).');
    expect(sentDate(submission)).toBe(utcDate(90));
    expect(submission.sudo).toBe(false);
    expect(JSON.parse(submission.raw).operationName).toBe('createGranularPersonalAccessToken');
    expect(env.browser.errors).toEqual([]);
  });

  test('Container registry pull: Container Repository: Read', async () => {
    await openFineGrained(env);
    await applyPreset(env.page, 'Container registry pull');
    const submission = await pickProjectAndGenerate(env.page, env.sim);
    expect(submission.granularScopes).toEqual([
      { access: 'SELECTED_MEMBERSHIPS', resourceIds: [PICKED_PROJECT], permissions: ['read_container_repository'] },
    ]);
  });

  test('Read-only API: what the dashboard reads (projects, merge requests, pipelines, the user), nothing that holds secrets', async () => {
    await openFineGrained(env);
    await applyPreset(env.page, 'Read-only API');
    const submission = await pickProjectAndGenerate(env.page, env.sim);
    const [scope, user] = submission.granularScopes ?? [];
    expect(submission.granularScopes).toHaveLength(2);
    expect(scope?.access).toBe('SELECTED_MEMBERSHIPS');
    // The dashboard shows whose token it is: GET /user is User: Read.
    expect(user).toEqual({ access: 'USER', permissions: ['read_user'] });
    expect(new Set(scope?.permissions)).toEqual(new Set(permissionsOf('read-api')?.namespace));
    expect(scope?.permissions.every((name) => name.startsWith('read_'))).toBe(true);
    for (const secret of ['read_variable', 'read_personal_access_token', 'read_ssh_key', 'read_deploy_key']) {
      expect(scope?.permissions).not.toContain(secret);
    }
  });

  test('Renovate: project permissions and User: Read, after the user had chosen other ones', async () => {
    await openFineGrained(env);
    // The user's own earlier choice, which the preset replaces.
    await env.page.getByRole('button', { name: 'Toggle CI/CD category' }).click();
    await env.page.locator('[data-testid="resource-tree"] input[value="variable"]').check();
    await pickPermission(env.page, 'read_variable');
    await applyPreset(env.page, 'Renovate');
    // Offered here, but marked: Renovate documents legacy tokens only.
    expect(await env.page.locator('[data-scopewise="presets"] .sw-preset-note').textContent()).toContain(
      'Experimental: Renovate documents only legacy tokens (api); fine-grained support is an open request.',
    );
    const submission = await pickProjectAndGenerate(env.page, env.sim);
    const preset = permissionsOf('renovate');
    expect(submission.granularScopes).toHaveLength(2);
    expect(submission.granularScopes?.[0]?.access).toBe('SELECTED_MEMBERSHIPS');
    expect(new Set(submission.granularScopes?.[0]?.permissions)).toEqual(new Set(preset?.namespace));
    expect(submission.granularScopes?.[1]).toEqual({ access: 'USER', permissions: ['read_user'] });
    expect(env.browser.errors).toEqual([]);
  });

  test('from the token list: the menu opens the fine-grained form with the preset applied', async () => {
    await openVariant(env.browser.context, env.page, 'v19-index');
    await env.page.getByRole('button', { name: 'Scopewise presets' }).click();
    const link = env.page.getByRole('link', { name: 'Git clone / pull', exact: true });
    await expect.poll(() => link.getAttribute('href')).toContain('/granular/new#scopewise-preset=git-clone');
    await link.click();
    await env.page.waitForURL(
      `${GITLAB}/-/user_settings/personal_access_tokens/granular/new#scopewise-preset=git-clone`,
    );
    await expect
      .poll(() => env.page.locator('[data-scopewise="presets"] .sw-preset-note').textContent())
      .toContain('Applied Git clone / pull');
    const submission = await pickProjectAndGenerate(env.page, env.sim);
    expect(submission.granularScopes?.[0]?.permissions).toEqual(['download_code']);
  });

  test('risk labels next to permissions, and a role="status" summary that follows the selection', async () => {
    await openFineGrained(env);
    const summary = env.page.locator('[data-scopewise="summary"]').getByRole('status');
    await expect.poll(() => summary.textContent()).toContain('No permissions selected');
    await env.page.getByRole('button', { name: 'Toggle Repository category' }).click();
    await env.page.locator('[data-testid="resource-tree"] input[value="code"]').check();
    await pickPermission(env.page, 'push_code');
    await expect.poll(() => summary.textContent()).toContain('push commits and tags');
    await expect.poll(() => summary.textContent()).toContain('Overall: High risk');
    const help = env.page.locator('[data-scopewise="permission-help:0:code"]');
    await expect.poll(() => help.textContent()).toContain('Low risk');
    expect(await help.textContent()).toContain('Legacy equivalent: write_repository');
    expect(await env.page.locator('[data-testid="listbox-item-push_code"] .sw-risk').textContent()).toBe('High risk');
    expect(env.browser.errors).toEqual([]);
  });
});

/**
 * GitLab stops a token at 00:00 UTC of its date; the fine-grained form sends local midnight of the
 * date it shows. The quick choices must still reach GitLab as today+N in UTC, 14 hours ahead of
 * UTC and 10 hours behind it alike.
 */
describe.each(['Pacific/Kiritimati', 'Pacific/Honolulu', 'UTC'])('quick choices in %s', (timezoneId) => {
  const env = useSimulatedGitLab({ timezoneId });

  test.each([
    ['7 days', 7],
    ['30 days', 30],
    ['90 days', 90],
    ['1 year', 365],
  ] as const)('%s reaches GitLab as today+N (UTC)', async (label, days) => {
    await openFineGrained(env);
    await applyPreset(env.page, 'Git clone / pull');
    await env.page.getByRole('button', { name: label, exact: true }).click();
    // gitlab.com's maximum on this form: now + 365 days.
    const latest = await lastStorableDay(env.page, 365, 'fine-grained');
    const submission = await pickProjectAndGenerate(env.page, env.sim);
    // The picker's last day, sent as its local midnight, can fall before today+365 in UTC; then it is that day.
    expect(sentDate(submission)).toBe([utcDate(days), latest].sort()[0]);
    expect(env.browser.errors).toEqual([]);
  });

  test('the default lifetime set in the options replaces GitLab’s untouched 30-day default', async () => {
    await env.page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await env.page.getByLabel('Default lifetime (days)').fill('14');
    await env.page.getByRole('button', { name: 'Save lifetime' }).click();
    await expect.poll(() => env.page.getByRole('status').textContent()).toContain('14 days');
    await openFineGrained(env);
    await env.page.locator('#token-name').fill('by hand');
    await env.page.locator('#token-description').fill('made without a preset');
    await env.page.getByRole('button', { name: 'Toggle Repository category' }).click();
    await env.page.locator('[data-testid="resource-tree"] input[value="code"]').check();
    await pickPermission(env.page, 'download_code');
    await env.page.locator('#group-access input[value="SELECTED_MEMBERSHIPS"]').check();
    const submission = await pickProjectAndGenerate(env.page, env.sim);
    expect(sentDate(submission)).toBe(utcDate(14));
    expect(submission.name).toBe('by hand');
  });
});
