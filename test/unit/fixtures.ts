/**
 * Loads a simulator page into happy-dom, as the server sends it ("server HTML") or after GitLab's
 * JavaScript ran ("mounted": the simulator's own HAML behaviours and Vue 2.7 apps, run here too).
 */
import Vue from 'vue/dist/vue.common.prod.js';
import { bootHaml, mountIndexApp, mountVueTokenApp, type VueInstance } from '../simulator/client/gitlab.js';
import { type Prefill, VARIANTS, type VariantId, type VueAppConfig } from '../simulator/pages';

export const FIXTURE_NOW = new Date('2026-11-24T10:00:00Z');

const VUE_CONFIG: Partial<Record<VariantId, VueAppConfig>> = {
  v18: { mount: '#js-shared-access-token-app', heading: 'Personal access tokens', standalone: false, root: '' },
  'v18-root': {
    mount: '#js-shared-access-token-app',
    heading: 'Personal access tokens',
    standalone: false,
    root: '/gitlab',
  },
  'v19-legacy': { mount: '#js-create-legacy-token-app', heading: 'Generate legacy token', standalone: true, root: '' },
};

export function serverHtml(id: VariantId, prefill: Prefill = {}, createdToken?: string): string {
  return VARIANTS[id].render({ now: FIXTURE_NOW, prefill, csrfToken: 'test-csrf-token', createdToken });
}

/** Puts a page's server HTML into the test document (scripts are not run). */
export function loadServerHtml(id: VariantId, prefill: Prefill = {}, createdToken?: string): void {
  // happy-dom would try to fetch the page's scripts and stylesheet; they are not needed here.
  const html = serverHtml(id, prefill, createdToken)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link [^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  for (const attribute of [...document.body.attributes]) document.body.removeAttribute(attribute.name);
  for (const attribute of parsed.body.attributes) document.body.setAttribute(attribute.name, attribute.value);
}

/** Server HTML, then what GitLab's JavaScript does to it; returns the Vue root where there is one. */
export async function loadMounted(
  id: VariantId,
  options: { prefill?: Prefill; createdToken?: string; openForm?: boolean } = {},
): Promise<VueInstance | undefined> {
  loadServerHtml(id, options.prefill, options.createdToken);
  const vueConfig = VUE_CONFIG[id];
  let vm: VueInstance | undefined;
  if (vueConfig) vm = mountVueTokenApp(document, Vue, vueConfig);
  else if (id === 'v19-index') vm = mountIndexApp(document, Vue);
  else if (id !== 'unrelated') bootHaml(document, id);
  if (options.openForm) {
    document.querySelector<HTMLButtonElement>('[data-testid="add-new-token-button"]')?.click();
    await vm?.$nextTick();
  }
  return vm;
}

/** The Vue form's own state: what GitLab would submit. */
export function vueFormValues(vm: VueInstance): {
  name: string;
  description: string;
  expiresAt: Date | null;
  scopes: string[];
} {
  const form = vm.$children.find((child) => child.$el.id === 'token-create-form');
  if (!form) throw new Error('the Vue form is not open');
  return form.$data.values as never;
}
