import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // The simulator's pages run here too: one Vue (the full build, for their templates) for them and
  // for @gitlab/ui, which vitest must transform itself so that its `vue` import resolves to it.
  // (test/simulator/client-bundle.ts bundles them with the same alias for the browser.)
  resolve: {
    alias: [
      { find: /^vue$/, replacement: fileURLToPath(new URL('node_modules/vue/dist/vue.esm.js', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // browser.i18n from locales/*.yml (test/unit/messages.ts).
    setupFiles: ['test/unit/setup.ts'],
    environment: 'happy-dom',
    // GitLab's real components in happy-dom: a Renovate-sized fine-grained preset takes seconds on a loaded machine.
    testTimeout: 30_000,
    mockReset: true,
    restoreMocks: true,
    server: { deps: { inline: [/@gitlab\/ui/, /portal-vue/] } },
  },
});
