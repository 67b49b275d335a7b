import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/**
 * The catalogs' prose (what a scope or permission lets a token do, presets' descriptions) lives in
 * `locales/*.yml` under the entry's id, `<catalog>.<id>.<field>`: the catalogs in `utils/catalog/`
 * keep the facts (ids, risk, versions), the words come from the browser's `_locales/`, in the
 * browser's language, and weigh nothing in the injected scripts. These keys are built from ids, so
 * `test/unit/locales.test.ts` checks them against the catalogs instead of searching for them.
 *
 * A message name may only hold ASCII letters, digits and `_`: an id's `-` is written `_` in the
 * message files.
 */
export type CatalogKey = `${string}.${string}.${string}`;

const nameOf = (key: CatalogKey) => key.replaceAll('-', '_');

/** A message every entry of its catalog has (the locale test fails when one lacks it). */
export function catalogText(key: CatalogKey, named?: Record<string, string | number>): string {
  const t = i18n.t as (key: string, named?: Record<string, string | number>) => string;
  return named ? t(nameOf(key), named) : t(nameOf(key));
}

/**
 * A message only some entries have (a scope's note): undefined when this one has none. Asked of the
 * browser directly, because `i18n.t` reports every absent message as a mistake on the console.
 */
export function optionalCatalogText(key: CatalogKey): string | undefined {
  const getMessage = browser.i18n.getMessage as (name: string) => string;
  return getMessage(nameOf(key).replaceAll('.', '_')) || undefined;
}
