import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * `browser.i18n.getMessage` for the unit tests, from `locales/<locale>.yml` as the build writes it
 * to `_locales/` (WXT's fake browser leaves i18n unimplemented). The locale is `SCOPEWISE_LOCALE`
 * (npm test runs the far-zone pass in German); tests read what they expect through `message()`,
 * so that one assertion holds in every locale, and pin English with `useLocale('en')` where the
 * words themselves are the contract.
 */
const LOCALES = join(import.meta.dirname, '../../locales');
const tables = new Map<string, Record<string, { message: string }>>();

async function table(locale: string) {
  let messages = tables.get(locale);
  if (!messages) {
    messages = generateChromeMessages(await parseMessagesFile(join(LOCALES, `${locale}.yml`)));
    tables.set(locale, messages);
  }
  return messages;
}

export const TEST_LOCALE = process.env.SCOPEWISE_LOCALE ?? 'en';
let current = await table(TEST_LOCALE);

/** Chrome's getMessage: `$1`…`$9` from the substitutions, `$$` a dollar, '' for an unknown name. */
function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = current[name];
  if (!entry) return '';
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (values[Number(which) - 1] ?? ''),
  );
}

/** Installs the table; the setup file calls it before each test (`fakeBrowser.reset()` keeps it). */
export function installMessages(): void {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
}

/** Until the test ends, the messages of `locale` (the setup file restores the run's locale). */
export async function useLocale(locale: string): Promise<void> {
  current = await table(locale);
}

export async function restoreLocale(): Promise<void> {
  current = await table(TEST_LOCALE);
}

/**
 * A message of the run's locale by its key in `locales/*.yml` (`risk.critical`), with its named
 * `{placeholders}` filled: what a test expects the UI to show.
 */
export function message(key: string, named: Record<string, string | number> = {}): string {
  const text = getMessage(key.replaceAll('.', '_'));
  if (!text) throw new Error(`No message ${key} in locales/${TEST_LOCALE}.yml`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in named ? String(named[name]) : whole));
}
