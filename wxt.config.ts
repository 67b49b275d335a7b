import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Firefox 128 is the first release that grants MV3 host permissions at install
// and supports the MV3 APIs Scopewise uses.
const FIREFOX_MIN_VERSION = '128.0';
const E2E_SELF_MANAGED_HOST = 'https://corp.example/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Both browsers ship Manifest V3 (WXT would default Firefox to MV2).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
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
