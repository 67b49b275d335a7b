import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { writePajamasTokens } from './scripts/pajamas-tokens';

/**
 * Scopewise renders everything as text. Preact's one raw-HTML sink (`dangerouslySetInnerHTML`)
 * is turned into an error at build time, so no GitLab string can ever reach innerHTML, even by
 * mistake (and Firefox's linter has no unsafe assignment to report).
 */
function textOnlyPreact(): Plugin {
  const sink = /(\w+)\.innerHTML=(\w+)\.__html/g;
  return {
    name: 'scopewise:text-only-preact',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      if (!sink.test(code)) this.error('Preact changed: the dangerouslySetInnerHTML sink was not found.');
      return code.replace(sink, '(()=>{throw Error("Scopewise renders text only")})()');
    },
  };
}

// Firefox 140 (an ESR) is the first to support the data-collection declaration AMO requires;
// Firefox for Android has it from 142.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';
const E2E_SELF_MANAGED_HOST = 'https://corp.example/*';

/**
 * Content scripts get the browser's own extension API instead of the webextension polyfill the
 * module below puts behind `wxt/browser` for the extension's pages: they make one promise-returning
 * `storage.local.get` (and WXT's context reads `runtime.id`), which Chrome and Firefox both offer
 * natively in Manifest V3, and the polyfill would be 3 KB of the 20 KB gzip each token page may get.
 */
function nativeBrowserInContentScripts(entrypoints: readonly { type: string }[], config: InlineConfig): void {
  if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
  const alias = config.resolve?.alias;
  if (!alias || Array.isArray(alias)) throw new Error('WXT changed how it sets the wxt/browser alias.');
  (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
}

export default defineConfig({
  // i18n: the pages' messages from locales/*.yml, written to _locales/ for the browser's own i18n.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Every module imports what it uses: no generated globals, so an import says where a name comes from.
  imports: false,
  hooks: {
    'vite:build:extendConfig': nativeBrowserInContentScripts,
    // The popup's and the options' Pajamas tokens, from the pinned @gitlab/ui (dev and build).
    'build:before': writePajamasTokens,
  },
  // Both browsers ship Manifest V3 (WXT would default Firefox to MV2).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), textOnlyPreact()],
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Scopewise',
    default_locale: 'en',
    // The browser fills it from _locales/ (locales/*.yml, `manifest.extensionDescription`) in its own language.
    description: '__MSG_manifest_extensionDescription__',
    // storage: settings and the token cache; alarms: the 6-hourly check; scripting: token forms on
    // self-managed hosts the user adds.
    permissions: ['storage', 'alarms', 'scripting'],
    // The GitLab API on gitlab.com (the popup and the background check). Self-managed hosts are
    // asked for at runtime, from the options page, one origin at a time.
    host_permissions: [
      'https://gitlab.com/*',
      // The e2e build (`wxt build --mode e2e`) pre-grants a self-managed test host: browsers cannot
      // accept a permission prompt under automation, and a granted origin is not prompted for.
      ...(mode === 'e2e' ? [E2E_SELF_MANAGED_HOST] : []),
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    optional_permissions: ['notifications'],
    action: { default_title: 'Scopewise: your GitLab tokens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scopewise@scopewise.dev',
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'biome.json',
      'scripts/pajamas-tokens.ts',
      'assets/**',
      'README.md',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
    ],
  },
});
