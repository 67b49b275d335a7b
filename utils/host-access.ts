import { browser } from 'wxt/browser';
import type { Instance } from './instances';

/**
 * The host permission an instance needs: its origin, port included. Firefox's match patterns
 * cannot carry a port (MDN "Match patterns", Firefox bugs 1362809 and 1468162), so there the
 * pattern covers the host's every port.
 */
export function originPattern(base: string, withPort = !import.meta.env.FIREFOX): string {
  const url = new URL(base);
  return `${url.protocol}//${withPort ? url.host : url.hostname}/*`;
}

/** Whether the browser still lets Scopewise reach `base` (the user can withdraw it in the browser's settings). */
export function hasHostAccess(base: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(base)] });
}

/** Must be the first thing a click handler awaits: browsers grant optional permissions only in a user gesture. */
export function requestHostAccess(base: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(base)] });
}

/** The instances whose permission is exactly one of `patterns` (compared whole, never by substring). */
export function instancesUsing(list: readonly Instance[], patterns: readonly string[] | undefined): Instance[] {
  const wanted = new Set(patterns ?? []);
  return list.filter((instance) => wanted.has(originPattern(instance.base)));
}
