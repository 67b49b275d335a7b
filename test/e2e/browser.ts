/**
 * Launches Debian's Chromium with the production build of Scopewise loaded, `gitlab.com` mapped to
 * the local simulator and its self-signed certificate accepted: the extension runs exactly as it
 * does on gitlab.com.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { browserPath } from '../../scripts/browser-paths.mjs';
import { type Simulator, startSimulator } from '../simulator/server';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** The same build with a self-managed test host (corp.example) pre-granted: `wxt build --mode e2e`. */
export const CHROME_E2E_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Page errors and console errors seen so far, across all pages. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  simulatorPort: number;
  timezoneId?: string;
  extensionPath?: string;
  headless?: boolean;
  /** Host names besides gitlab.com that reach the simulator. */
  extraHosts?: string[];
  /** Host names that reach another local server (its port), e.g. an attacker's origin. */
  hostPorts?: Record<string, number>;
}): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionPath}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'scopewise-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath('chromium'),
    headless: options.headless ?? true,
    timezoneId: options.timezoneId,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      `--host-resolver-rules=${[
        ...['gitlab.com', ...(options.extraHosts ?? [])].map((host) => [host, options.simulatorPort] as const),
        ...Object.entries(options.hostPorts ?? {}),
      ]
        .map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`)
        .join(', ')}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let [worker] = context.serviceWorkers();
  const extensionId = await (async () => {
    // Content-script-only builds have no service worker: read the id from chrome://extensions instead.
    if (worker) return new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto('chrome://extensions/');
    const id = await page.evaluate(async () => {
      const manager = document.querySelector('extensions-manager') as unknown as {
        shadowRoot: ShadowRoot;
      } | null;
      const items = manager?.shadowRoot
        ?.querySelector('extensions-item-list')
        ?.shadowRoot?.querySelectorAll('extensions-item');
      return items?.[0]?.id ?? '';
    });
    await page.close();
    worker = undefined;
    return id;
  })();
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // Chromium logs every HTTP error status (the popup's expected 401s, say) as a console error:
      // only errors a script raised or logged count.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(`console: ${message.text()}`);
      }
    });
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    extensionId,
    errors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface SimulatedGitLab {
  sim: Simulator;
  browser: ExtensionBrowser;
  /** A first page, opened once the browser is up. */
  page: Page;
}

/**
 * The end-to-end setup every suite shares: the GitLab simulator and Chromium with the extension,
 * started before the suite's tests and closed after them. Its fields are set once `beforeAll` ran.
 */
export function useSimulatedGitLab(
  options: Omit<Parameters<typeof launchWithExtension>[0], 'simulatorPort'> = {},
): SimulatedGitLab {
  const env = {} as SimulatedGitLab;
  beforeAll(async () => {
    env.sim = await startSimulator();
    env.browser = await launchWithExtension({ ...options, simulatorPort: env.sim.port });
    env.page = await env.browser.newPage();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.sim?.close();
  });
  return env;
}
