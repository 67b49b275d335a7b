/**
 * Firefox with the Firefox build of Scopewise, driven over WebDriver BiDi (puppeteer-core):
 * `installExtension` loads the unpacked build; gitlab.com reaches the simulator through a CONNECT
 * proxy, Firefox having no host-resolver flag.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startConnectProxy } from './connect-proxy';

export const FIREFOX_HELP =
  'The Firefox smoke test needs Firefox: install it with `apt-get install -y firefox-esr`, or set FIREFOX_PATH.';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  );
  if (!found) throw new Error(FIREFOX_HELP);
  return found;
}

export async function launchFirefox(
  simulatorPort: number,
): Promise<{ browser: Browser; extensionId: string; close(): Promise<void> }> {
  const proxy = await startConnectProxy(simulatorPort);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    extensionId,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}
