/**
 * `npm run demo`: the GitLab simulator on localhost and Chromium with Scopewise on its token pages,
 * no GitLab account needed. With a display, a browser window opens on the 18.x page and stays open
 * (Ctrl-C ends the demo). Without one, it runs headless and writes to demo-output/ a screenshot of
 * every form variant, of the popup (with the simulator's risky tokens) and the options page in light
 * and dark, and 1280×800 ones for the browser stores in demo-output/store/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/browser';
import { GITLAB, openVariant, signIn } from '../test/e2e/helpers';
import { seedRiskyTokens } from '../test/simulator/api';
import { VARIANTS, type VariantId } from '../test/simulator/pages';
import { seedMaintainedResources } from '../test/simulator/resources';
import { startSimulator } from '../test/simulator/server';

const OUTPUT = join(import.meta.dirname, '..', 'demo-output');
const STORE = join(OUTPUT, 'store');
/** The form scenes the store screenshots show. */
const STORE_SOURCES = ['18x-vue.png', '19x-fine-grained.png'];
/** The Chrome Web Store's (and AMO's) screenshot size. */
const STORE_SIZE = { width: 1280, height: 800 };
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

/**
 * A store screenshot: a caption over an image, on GitLab's neutral background, 1280×800. The
 * popup is narrower than a store screenshot, so it is shown as it opens, under a caption.
 */
async function storeShot(target: Page, file: string, caption: string, image: string, dark = false): Promise<void> {
  const source = `data:image/png;base64,${(await readFile(image)).toString('base64')}`;
  await target.setViewportSize(STORE_SIZE);
  await target.setContent(`<!doctype html><html><body style="margin:0;height:100vh;display:flex;flex-direction:column;
    align-items:center;justify-content:center;gap:32px;background:${dark ? '#28272d' : '#ecebea'};color:${dark ? '#ecebea' : '#18171d'};
    font:600 32px/1.25 'GitLab Sans',system-ui,sans-serif;letter-spacing:-0.01em">
    <p style="margin:0">${caption}</p>
    <img src="${source}" style="max-width:1120px;max-height:620px;border-radius:12px;box-shadow:0 4px 24px #0004">
    </body></html>`);
  await target.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await target.screenshot({ path: join(STORE, file) });
  console.log(`demo-output/store/${file}  ${caption}`);
}

/** The popup (the simulator's risky token set, signed in) and the options page, light and dark. */
async function ownPages(): Promise<void> {
  await mkdir(STORE, { recursive: true });
  seedRiskyTokens(sim.api);
  seedMaintainedResources(sim.api.resources);
  await signIn(browser.context, sim);
  const own = await browser.newPage();
  const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  for (const colorScheme of ['light', 'dark'] as const) {
    const suffix = colorScheme === 'dark' ? '-dark' : '';
    await own.emulateMedia({ colorScheme });
    // A browser action popup is at most 800×600; Scopewise's is 560 wide.
    await own.setViewportSize({ width: 560, height: 600 });
    await own.goto(extensionPage('popup.html'));
    await own.getByRole('button', { name: 'Refresh', exact: true }).and(own.locator(':enabled')).waitFor();
    await own.locator('.token').first().waitFor();
    await own.screenshot({ path: join(OUTPUT, `popup${suffix}.png`) });
    console.log(`demo-output/popup${suffix}.png  The popup${colorScheme === 'dark' ? ' (dark mode)' : ''}`);
    if (colorScheme === 'light') {
      await own.getByLabel('Kind').selectOption('project');
      await own.screenshot({ path: join(OUTPUT, 'popup-project-tokens.png') });
      console.log('demo-output/popup-project-tokens.png  The project access tokens of the projects you maintain');
    }
    await own.setViewportSize(STORE_SIZE);
    await own.goto(extensionPage('options.html'));
    await own.getByRole('heading', { name: 'Scopewise options' }).waitFor();
    await own.screenshot({ path: join(OUTPUT, `options${suffix}.png`) });
    console.log(`demo-output/options${suffix}.png  The options page${colorScheme === 'dark' ? ' (dark mode)' : ''}`);
  }
  await storeShot(own, '1-popup.png', 'Every GitLab token you have, riskiest first', join(OUTPUT, 'popup.png'));
  await storeShot(
    own,
    '2-form.png',
    'Every scope explained, least privilege in one click',
    join(OUTPUT, 'store-source-18x-vue.png'),
  );
  await storeShot(
    own,
    '3-fine-grained.png',
    'Fine-grained tokens: exactly the permissions an integration needs',
    join(OUTPUT, 'store-source-19x-fine-grained.png'),
  );
  await storeShot(own, '4-popup-dark.png', 'Light or dark, as your browser is', join(OUTPUT, 'popup-dark.png'), true);
  await storeShot(own, '5-options.png', 'Your own GitLab instances and presets', join(OUTPUT, 'options.png'));
}

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
    if (STORE_SOURCES.includes(scene.file)) {
      // A whole token page shrunk to a store screenshot is unreadable: the part from Scopewise's
      // presets down, at full size, instead.
      const top = (await page.locator('[data-scopewise]').first().boundingBox())?.y ?? 0;
      const clip = { x: 80, y: Math.max(0, top - 120), width: 1120, height: 620 };
      await page.screenshot({ path: join(OUTPUT, `store-source-${scene.file}`), clip, fullPage: true });
    }
    console.log(`demo-output/${scene.file}  ${VARIANTS[scene.variant].label}${scene.dark ? ' (dark mode)' : ''}`);
  }
  await ownPages();
}
await browser.close();
await sim.close();
