import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

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

/**
 * Content scripts get the browser's own `browser` (Firefox) or `chrome` (Chrome) instead of
 * webextension-polyfill, which would be 2.7 KB gzip of each script injected into GitLab's page
 * (of a 20 KB budget). What they call is promise-based in both browsers' Manifest V3 APIs
 * (`storage.local.get`, `runtime.id`); the worker and the extension pages keep the polyfill.
 */
function nativeBrowserInContentScripts(): Plugin {
  let contentScript = false;
  const shim = '\0scopewise:native-browser';
  return {
    name: 'scopewise:native-browser-in-content-scripts',
    enforce: 'pre',
    buildStart(options) {
      const inputs = Array.isArray(options.input) ? options.input : Object.values(options.input);
      contentScript = inputs.length > 0 && inputs.every((input) => /\.content[\\/]index\.tsx?$/.test(input));
    },
    resolveId(source) {
      return contentScript && source === '@wxt-dev/webextension-polyfill/browser' ? shim : null;
    },
    load(id) {
      return id === shim ? 'export const browser = globalThis.browser ?? globalThis.chrome;' : null;
    },
  };
}

// Firefox 140 (an ESR) is the first to support the data-collection declaration AMO requires;
// Firefox for Android has it from 142.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';
const E2E_SELF_MANAGED_HOST = 'https://corp.example/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Both browsers ship Manifest V3 (WXT would default Firefox to MV2).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), textOnlyPreact(), nativeBrowserInContentScripts()],
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Scopewise',
    description:
      "Least-privilege GitLab access tokens: scope explanations, presets and expiry defaults on GitLab's token forms.",
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
      'README.md',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
    ],
  },
});
