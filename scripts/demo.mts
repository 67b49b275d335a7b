/**
 * `npm run demo`: the GitLab simulator on localhost and Chromium with Scopewise on its token pages,
 * no GitLab account needed. With a display, a browser window opens on the 18.x page and stays open
 * (Ctrl-C ends the demo). Without one, it runs headless and writes a screenshot of every form
 * variant to demo-output/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/browser';
import { GITLAB, openVariant } from '../test/e2e/helpers';
import { VARIANTS, type VariantId } from '../test/simulator/pages';
import { startSimulator } from '../test/simulator/server';

const OUTPUT = join(import.meta.dirname, '..', 'demo-output');
const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';

const sim = await startSimulator();
const browser = await launchWithExtension({ simulatorPort: sim.port, headless: !headed });
const page = await browser.newPage();

/** What to do on each page before the screenshot, so that it shows Scopewise at work. */
const SCENES: Array<{ variant: VariantId; file: string; act?: (page: Page) => Promise<void>; dark?: boolean }> = [
  { variant: 'v14', file: '14x-haml.png' },
  {
    variant: 'v15',
    file: '15x-ajax.png',
    act: (p) => p.getByRole('button', { name: /^Container registry push / }).click(),
  },
  {
    variant: 'v17',
    file: '17x-card.png',
    act: async (p) => {
      await p.getByTestId('add-new-token-button').click();
      await p.getByRole('button', { name: /^Renovate api/ }).click();
    },
  },
  {
    variant: 'v18',
    file: '18x-vue.png',
    act: async (p) => {
      await p.getByTestId('add-new-token-button').click();
      await p.getByRole('button', { name: /^Read-only API / }).click();
    },
  },
  {
    variant: 'v18',
    file: '18x-vue-dark.png',
    dark: true,
    act: async (p) => {
      await p.getByTestId('add-new-token-button').click();
      await p.locator('[data-testid="api-checkbox"]').check();
    },
  },
  {
    variant: 'v19-index',
    file: '19x-index-menu.png',
    act: (p) => p.getByRole('button', { name: 'Scopewise presets' }).click(),
  },
  { variant: 'v19-legacy', file: '19x-legacy-new.png' },
  {
    variant: 'v19-granular',
    file: '19x-fine-grained.png',
    act: async (p) => {
      await p.locator('[data-testid="resource-tree"]').waitFor();
      await p.getByRole('button', { name: /^Renovate download_code/ }).click();
      await p.getByText('Applied Renovate').waitFor();
    },
  },
  {
    variant: 'project',
    file: 'project-tokens.png',
    act: async (p) => {
      await p.getByTestId('add-new-token-button').click();
      await p.getByRole('button', { name: /^Git push / }).click();
    },
  },
  { variant: 'group', file: 'group-tokens.png', act: (p) => p.getByTestId('add-new-token-button').click() },
];

if (headed) {
  await openVariant(browser.context, page, 'v18');
  console.log('Scopewise demo: Chromium shows the simulated GitLab 18.x token page.');
  console.log('Other variants (pick one with the sim_variant cookie, or open these paths):');
  for (const variant of Object.values(VARIANTS)) console.log(`  ${variant.id.padEnd(11)} ${GITLAB}${variant.path}`);
  console.log('Press Ctrl-C to stop.');
  await new Promise<void>((resolve) => {
    process.on('SIGINT', resolve);
    browser.context.on('close', () => resolve());
  });
} else {
  await mkdir(OUTPUT, { recursive: true });
  for (const scene of SCENES) {
    await browser.context.addCookies([
      { name: 'sim_theme', value: scene.dark ? 'dark' : 'light', domain: 'gitlab.com', path: '/', secure: true },
    ]);
    await openVariant(browser.context, page, scene.variant);
    await scene.act?.(page);
    await page.waitForSelector('[data-scopewise]', { state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUTPUT, scene.file), fullPage: true });
    console.log(`demo-output/${scene.file}  ${VARIANTS[scene.variant].label}${scene.dark ? ' (dark mode)' : ''}`);
  }
}
await browser.close();
await sim.close();
