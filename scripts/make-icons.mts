/** Renders scripts/icon.svg to the PNG sizes browsers ask for (public/icon/<size>.png), with Chromium. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath } from './browser-paths.mjs';

const publicDir = join(import.meta.dirname, '..', 'public');
const svg = await readFile(join(import.meta.dirname, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: browserPath('chromium'),
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: join(publicDir, 'icon', `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
