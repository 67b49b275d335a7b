import type { WxtBrowser } from 'wxt/browser';

declare global {
  /** Extension pages evaluated by Playwright run with Chromium's `chrome` global. */
  const chrome: WxtBrowser;
}
