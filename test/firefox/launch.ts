/**
 * Firefox with the Firefox build of Scopewise, driven over WebDriver BiDi (puppeteer-core):
 * `installExtension` loads the unpacked build; gitlab.com reaches the simulator through a CONNECT
 * proxy, Firefox having no host-resolver flag.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserPath } from '../../scripts/browser-paths.mjs';
import { startConnectProxy } from './connect-proxy';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const EXTENSION_ID = 'scopewise@scopewise.dev';
/** Fixed, so that the extension's pages have a known address: moz-extension://<uuid>/. */
const EXTENSION_UUID = '5c09e415-0000-4000-8000-000000e2e000';

/** The preference branches of Firefox's cookie policy (Total Cookie Protection and what sets it). */
const COOKIE_POLICY_BRANCHES = ['network.cookie.', 'browser.contentblocking.'];
/** Tracking protection too: puppeteer turns it off, which alone makes Firefox leave its standard category. */
const RESET_BRANCHES = [...COOKIE_POLICY_BRANCHES, 'privacy.trackingprotection.'];
/** JavaScript for Firefox's window: every preference name under `branches`. */
const prefNames = (branches: string[]) =>
  `${JSON.stringify(branches)}.flatMap((branch) => Services.prefs.getChildList(branch))`;

/**
 * Raw WebDriver BiDi, for what puppeteer has no API for: Firefox's own (chrome) window and
 * navigating to an extension page (puppeteer's `goto` never sees a moz-extension page load).
 */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;

/** Evaluates `expression` (which returns JSON) in Firefox's browser window, where `Services` is. */
async function inBrowserWindow(browser: Browser, expression: string): Promise<unknown> {
  const tree = (await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: Array<{ context: string }>;
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox shows no browser window over BiDi (is --remote-allow-system-access set?)');
  const evaluated = (
    await bidi(browser).send('script.evaluate', { expression, target: { context }, awaitPromise: true })
  ).result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (evaluated.type !== 'success') throw new Error(`In Firefox's window: ${evaluated.exceptionDetails?.text}`);
  return JSON.parse(evaluated.result?.value ?? 'null');
}

export interface FirefoxCookiePolicy {
  /** `network.cookie.cookieBehavior`: 5 is Total Cookie Protection (reject trackers, partition third parties). */
  cookieBehavior: number;
  /** Enhanced Tracking Protection's category: "standard" is Firefox's default, "custom" any change. */
  category: string;
  /** Cookie-policy preferences Firefox ships a default for, set to something else. */
  changed: string[];
}

export interface LaunchedFirefox {
  browser: Browser;
  extensionId: string;
  /** The policy Firefox applies to cookies, read from Firefox itself. */
  cookiePolicy(): Promise<FirefoxCookiePolicy>;
  /** Loads one of Scopewise's pages (`popup.html`, `options.html`) in `page`. */
  openExtensionPage(page: Page, path: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(simulatorPort: number): Promise<LaunchedFirefox> {
  const proxy = await startConnectProxy(simulatorPort);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    acceptInsecureCerts: true,
    // Lets BiDi reach privileged contexts: Firefox's own window and the extension's pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
    },
  });
  // puppeteer's profile weakens the cookie policy (`browser.contentblocking.features.standard`
  // with cookieBehavior0, tracking protection off, which makes Firefox switch its category to
  // "custom"); a profile cannot unset a preference, so they are reset here, before any page or the
  // extension loads. The category last: resetting it makes Firefox re-apply its standard settings.
  await inBrowserWindow(
    browser,
    `for (const name of ${prefNames(RESET_BRANCHES)}) if (name !== 'browser.contentblocking.category') Services.prefs.clearUserPref(name);
     Services.prefs.clearUserPref('browser.contentblocking.category');
     'null'`,
  );
  const extensionId = await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    extensionId,
    cookiePolicy: async () =>
      (await inBrowserWindow(
        browser,
        `const defaults = Services.prefs.getDefaultBranch('');
         // A preference Firefox ships no default for has none on the default branch: undefined.
         const value = (branch, name) => {
           try {
             if (branch.getPrefType(name) === branch.PREF_INT) return branch.getIntPref(name);
             if (branch.getPrefType(name) === branch.PREF_BOOL) return branch.getBoolPref(name);
             return branch.getStringPref(name);
           } catch {
             return undefined;
           }
         };
         JSON.stringify({
           cookieBehavior: Services.prefs.getIntPref('network.cookie.cookieBehavior'),
           category: Services.prefs.getStringPref('browser.contentblocking.category'),
           changed: ${prefNames(COOKIE_POLICY_BRANCHES)}.filter(
             (name) => value(defaults, name) !== undefined && value(Services.prefs, name) !== value(defaults, name),
           ),
         })`,
      )) as FirefoxCookiePolicy,
    openExtensionPage: async (page, path) => {
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await bidi(browser).send('browsingContext.navigate', {
        context,
        url: `moz-extension://${EXTENSION_UUID}/${path}`,
        wait: 'complete',
      });
    },
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}
