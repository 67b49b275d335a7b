/**
 * Loads a simulator page into happy-dom, as the server sends it ("server HTML") or after GitLab's
 * JavaScript ran ("mounted": the simulator's own HAML behaviours and Vue 2.7 apps, run here too).
 */
import { mountAccessTokensApp, type VueInstance } from '../simulator/client/access-tokens.js';
import { mountGranularTokenApp } from '../simulator/client/granular.js';
import { bootHaml } from '../simulator/client/haml.js';
import { mountIndexApp } from '../simulator/client/index-app.js';
import { answerGraphql } from '../simulator/graphql';
import { FAKE_CREATED_TOKEN, type Prefill, VARIANTS, type VariantId, type VueAppConfig } from '../simulator/pages';
import type { Submission } from '../simulator/server';
import { until } from '../wait';

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
  'v19-legacy-grouped': {
    mount: '#js-create-legacy-token-app',
    heading: 'Generate legacy token',
    standalone: true,
    root: '',
    scopeSelector: { newGranularPatPath: '/-/user_settings/personal_access_tokens/granular/new' },
  },
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
  options: { prefill?: Prefill; createdToken?: string; openForm?: boolean; vue?: Partial<VueAppConfig> } = {},
): Promise<VueInstance | undefined> {
  loadServerHtml(id, options.prefill, options.createdToken);
  const vueConfig = VUE_CONFIG[id];
  let vm: VueInstance | undefined;
  if (vueConfig) vm = mountAccessTokensApp(document, { ...vueConfig, ...options.vue });
  else if (id === 'v19-index') vm = mountIndexApp(document);
  else if (id === 'v19-index-no-testid') vm = mountIndexApp(document, { dropdownTestid: false });
  else if (id !== 'unrelated') bootHaml(document, id);
  if (options.openForm) {
    document.querySelector<HTMLButtonElement>('[data-testid="add-new-token-button"]')?.click();
    await vm?.$nextTick();
  }
  return vm;
}

function findComponent(vm: VueInstance, name: string): VueInstance | undefined {
  if (vm.$options.name === name) return vm;
  for (const child of vm.$children) {
    const found = findComponent(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The Vue form's own state: what GitLab would submit. */
export function vueFormValues(vm: VueInstance): {
  name: string;
  description: string;
  expiresAt: Date | null;
  scopes: string[];
} {
  const form = findComponent(vm, 'AccessTokenForm');
  if (!form) throw new Error('the Vue form is not open');
  return form.$data.values as never;
}

export interface FineGrainedFixture {
  vm: VueInstance;
  /** What the form sent to GitLab's GraphQL endpoint. */
  submissions: Submission[];
  /** The form's own state: what GitLab would submit. */
  form(): {
    name: string;
    description: string;
    expirationDate: Date | null;
    access: string | null;
    namespaces: { id: string }[];
    permissions: { namespace: string[]; user: string[]; instance: string[] };
  };
  /** Resolves once GitLab's catalog query has answered and the resource tree is on the page. */
  catalogLoaded(): Promise<void>;
}

/**
 * The 19.2 fine-grained form, mounted by the simulator's Vue app. Its GraphQL requests are answered
 * by the simulator's own handler, so the catalog and the create mutation behave as over HTTPS.
 */
export async function loadFineGrained(): Promise<FineGrainedFixture> {
  loadServerHtml('v19-granular');
  const submissions: Submission[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = init.headers as Record<string, string>;
    const result = answerGraphql(
      String(init.body),
      new URL(String(input), 'https://gitlab.com').pathname,
      headers['X-CSRF-Token'],
      'test-csrf-token',
      submissions,
    );
    return new Response(JSON.stringify(result.body), { status: result.status });
  }) as typeof fetch;
  const vm = mountGranularTokenApp(document, { catalogDelayMs: 0 });
  if (!vm) throw new Error('no fine-grained mount element');
  return {
    vm,
    submissions,
    form: () => vm.$data.form as never,
    catalogLoaded: async () => {
      await until(() => document.querySelector('[data-testid="resource-tree"]'), 'the catalog', { timeout: 1_000 });
    },
  };
}

/** Every element of the page whose value, text or attributes hold the token. */
export function holdersOfToken(token = FAKE_CREATED_TOKEN): Element[] {
  return [...document.querySelectorAll('*')].filter(
    (element) =>
      (element instanceof HTMLInputElement && element.value === token) ||
      [...element.attributes].some((attribute) => attribute.value.includes(token)) ||
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(token)),
  );
}
