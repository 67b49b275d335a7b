/**
 * axe-core on everything Scopewise shows, in light and dark: the popup (with tokens, empty, not
 * signed in, stale, a confirmation open), the options page, and Scopewise's UI on every form
 * variant of the simulator. No serious or critical violation is allowed, colour contrast included.
 * On GitLab's pages axe looks only at Scopewise's own elements (`[data-scopewise]`): the rest is
 * the simulator's stand-in for GitLab's markup, not ours.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { seedRiskyTokens } from '../simulator/api';
import { VARIANTS, type VariantId } from '../simulator/pages';
import { useSimulatedGitLab } from './browser';
import { openVariant, presetButton, signIn } from './helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}
interface Audit {
  findings: Finding[];
  /** Elements whose contrast axe could compute and found sufficient: proof that it looked at something. */
  contrastChecked: number;
}

/** Runs axe on the page (or on the elements matching `include`): its serious and critical findings. */
async function audit(page: Page, include?: string): Promise<Audit> {
  // Evaluated through the DevTools protocol: extension pages' CSP forbids injected script tags.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    type Axe = {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: Array<{
          id: string;
          impact: string | null;
          help: string;
          nodes: Array<{ target: unknown[]; failureSummary?: string }>;
        }>;
        passes: Array<{ id: string; nodes: unknown[] }>;
      }>;
    };
    const { axe } = window as unknown as { axe: Axe };
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      resultTypes: ['violations', 'passes'],
    });
    return {
      findings: result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? '',
          help: violation.help,
          nodes: violation.nodes.map((node) => ({
            target: node.target.join(' '),
            summary: node.failureSummary ?? '',
          })),
        })),
      contrastChecked: result.passes.find((pass) => pass.id === 'color-contrast')?.nodes.length ?? 0,
    };
  }, include);
}

async function expectAccessible(page: Page, include?: string): Promise<void> {
  const { findings, contrastChecked } = await audit(page, include);
  expect(findings).toEqual([]);
  expect(contrastChecked).toBeGreaterThan(0);
}

const SCHEMES = ['light', 'dark'] as const;
const env = useSimulatedGitLab();
const page = () => env.page;
const extensionPage = (path: string) => `chrome-extension://${env.browser.extensionId}/${path}`;
/** The popup has loaded once its refresh ended (the Refresh button is enabled again). */
const refreshed = () => page().getByRole('button', { name: 'Refresh', exact: true }).and(page().locator(':enabled'));

async function openPopup(): Promise<void> {
  await page().goto(extensionPage('popup.html'));
  await refreshed().waitFor();
}

describe.each(SCHEMES)('%s', (colorScheme) => {
  beforeEach(async () => {
    // A step that never happens fails with its own name, well before the test's timeout.
    page().setDefaultTimeout(10_000);
    await page().emulateMedia({ colorScheme });
    env.sim.api.reset();
    await env.browser.context.clearCookies();
    await page().goto(extensionPage('popup.html'));
    await page().evaluate(() => chrome.storage.local.clear());
  });

  describe('popup', () => {
    test('with tokens', async () => {
      seedRiskyTokens(env.sim.api);
      await signIn(env.browser.context, env.sim);
      await openPopup();
      await page().locator('.token-name', { hasText: 'Laptop glab' }).waitFor();
      await page().getByText('Inactive', { exact: true }).click();
      await page().getByLabel('Inactive tokens').waitFor();
      await expectAccessible(page());
    });

    test('empty', async () => {
      await signIn(env.browser.context, env.sim);
      await openPopup();
      await page().getByText('No active tokens on gitlab.com.').waitFor();
      await expectAccessible(page());
    });

    test('not signed in (error)', async () => {
      await openPopup();
      await page().getByRole('button', { name: 'Use token mode' }).waitFor();
      await expectAccessible(page());
    });

    test('stale after a server error', async () => {
      seedRiskyTokens(env.sim.api);
      await signIn(env.browser.context, env.sim);
      await openPopup();
      env.sim.api.failNext({ path: /^\/personal_access_tokens$/, status: 500 });
      await page().getByRole('button', { name: 'Refresh', exact: true }).click();
      await page().getByText('(stale)').waitFor();
      await expectAccessible(page());
    });

    test('a Revoke confirmation open', async () => {
      seedRiskyTokens(env.sim.api);
      await signIn(env.browser.context, env.sim);
      await openPopup();
      await page().getByRole('button', { name: 'Revoke Laptop glab' }).click();
      await page().getByRole('alertdialog').waitFor();
      await expectAccessible(page());
    });
  });

  test('options page: token mode, the preset editor and a saved message', async () => {
    await page().goto(extensionPage('options.html'));
    await page().getByLabel('Mode for gitlab.com').selectOption('token');
    await page().getByLabel('Token for gitlab.com').waitFor();
    await page().getByRole('button', { name: 'New preset' }).click();
    await page().getByRole('button', { name: 'Save lifetime' }).click();
    await page().getByText('Default lifetime saved').waitFor();
    await expectAccessible(page());
  });

  test('options page: a rejected value', async () => {
    await page().goto(extensionPage('options.html'));
    // Empty passes the browser's own min/max validation, so Scopewise's message shows.
    await page().getByLabel('Default lifetime (days)').fill('');
    await page().getByRole('button', { name: 'Save lifetime' }).click();
    await page().getByText('Default lifetime: a whole number').waitFor();
    await expectAccessible(page());
  });

  /** Shows as much of Scopewise's UI as each page has: a preset with warnings, a long-lifetime warning. */
  const FORM_OPENED_BY_BUTTON: readonly VariantId[] = ['v17', 'v18', 'v18-root', 'project', 'group'];
  const ON_GITLAB = (Object.keys(VARIANTS) as VariantId[]).filter((id) => id !== 'unrelated');

  test.each(ON_GITLAB)('Scopewise on %s', async (variant) => {
    await env.browser.context.addCookies([
      { name: 'sim_theme', value: colorScheme, domain: 'gitlab.com', path: '/', secure: true },
    ]);
    await openVariant(env.browser.context, page(), variant);
    if (variant.startsWith('v19-index')) {
      await page().getByRole('button', { name: 'Scopewise presets' }).click();
      await page().locator('.sw-menu-list').waitFor();
    } else {
      if (FORM_OPENED_BY_BUTTON.includes(variant)) await page().getByTestId('add-new-token-button').click();
      if (variant.startsWith('v19-granular')) {
        await page().locator('[data-testid="resource-tree"]').waitFor();
        await presetButton(page(), 'Renovate').click();
        await page().getByText('Applied Renovate').waitFor();
      } else {
        // Git push: write_repository alone, which the summary warns cannot call the API.
        await presetButton(page(), 'Git push').click();
        await page().locator('.sw-warning').first().waitFor();
      }
      await page().getByRole('button', { name: '1 year', exact: true }).click();
      await page().locator('.sw-expiry-warning').waitFor();
    }
    await expectAccessible(page(), '[data-scopewise]');
  });
});
