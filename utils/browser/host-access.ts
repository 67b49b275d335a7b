import { browser } from 'wxt/browser';
import { originPattern } from '../match-patterns';

/** Whether the browser still lets Scopewise reach `base` (the user can withdraw it in the browser's settings). */
export function hasHostAccess(base: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(base)] });
}

/** Must be the first thing a click handler awaits: browsers grant optional permissions only in a user gesture. */
export function requestHostAccess(base: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(base)] });
}
