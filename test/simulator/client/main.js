// The simulator's page script: GitLab's JavaScript for each token page. Bundled by Vite
// (test/simulator/client-bundle.ts) with Vue 2.7, the real @gitlab/ui components and Pikaday,
// loaded as a module script so the apps mount before DOMContentLoaded, as GitLab's do.

import { mountAccessTokensApp } from './access-tokens.js';
import { mountGranularTokenApp } from './granular.js';
import { bootHaml } from './haml.js';
import { mountIndexApp } from './index-app.js';

export function boot(doc, config) {
  if (config.vue) return mountAccessTokensApp(doc, config.vue);
  if (config.variant === 'v19-granular') return mountGranularTokenApp(doc, { root: config.root ?? '' });
  if (config.index) return mountIndexApp(doc, config.index);
  bootHaml(doc, config.variant);
  return undefined;
}
