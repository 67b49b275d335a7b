import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scopeSummaryWords } from '../../components/ScopeSummary';
import { LEGACY_FORM_CATALOG } from '../../entrypoints/legacy-form.content/catalog';
import { scopeHelp } from '../../entrypoints/legacy-form.content/features/scope-help';
import type { Settings } from '../../utils/browser/storage';
import { BUILTIN_PRESETS } from '../../utils/catalog/presets';
import type { Preset } from '../../utils/catalog/schema';
import { createEngine } from '../../utils/content-script/engine';
import { createMount } from '../../utils/content-script/mount';
import type { ExpiryBounds } from '../../utils/dates';
import { findLegacyForm, scopesFormHolds } from '../../utils/gitlab/legacy-form';
import { detectTokenPage } from '../../utils/gitlab/page';
import { SECRET_OUTPUTS } from '../../utils/gitlab/selectors';
import { summarizeScopes } from '../../utils/scope-summary';
import { FAKE_CREATED_TOKEN, VARIANTS, type VariantId } from '../simulator/pages';
import { OFFERED_SCOPES } from '../simulator/scopes';
import { FIXTURE_NOW, holdersOfToken, loadMounted, vueFormValues } from './fixtures';
import { message, useLocale } from './messages';

const SETTINGS: Settings = { defaultLifetimeDays: 30, hiddenPresetIds: [], customPresets: [], debugMode: true };

beforeEach(() => {
  vi.useFakeTimers({ now: FIXTURE_NOW, toFake: ['Date'] });
  process.env.TZ = 'UTC';
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

function decorator(
  variant: VariantId,
  options: { bounds?: ExpiryBounds; pendingPresetId?: string; settings?: Partial<Settings> } = {},
) {
  const page = detectTokenPage(`https://gitlab.com${VARIANTS[variant].path}`, document.body.dataset.page);
  if (!page) throw new Error(`${variant} is not a token page`);
  const debug = vi.fn();
  const decorate = createEngine(
    {
      page,
      settings: { ...SETTINGS, ...options.settings },
      bounds: options.bounds ?? {},
      pendingPresetId: options.pendingPresetId,
      now: () => new Date(),
      mount: createMount(document).mount,
      debug,
    },
    LEGACY_FORM_CATALOG,
  );
  return { decorate, debug };
}

function presetButtonNamed(name: string): HTMLButtonElement {
  const button = [...document.querySelectorAll<HTMLButtonElement>('button.sw-preset')].find(
    (candidate) => candidate.querySelector('.sw-preset-name')?.textContent === name,
  );
  if (!button) throw new Error(`no preset button ${name}`);
  return button;
}

const count = (selector: string) => document.querySelectorAll(selector).length;

/**
 * Everything a click could change: every control's value and checked state (properties, which the
 * markup does not reflect) and the page's markup, Scopewise's own elements included.
 */
function pageState() {
  const controls = [
    ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'),
  ].map((control) => ({
    control: control.id || control.name,
    value: control.value,
    checked: control instanceof HTMLInputElement ? control.checked : undefined,
  }));
  return { controls, markup: document.body.innerHTML };
}

describe('on the 18.x Vue form', () => {
  it('a preset changes the Vue state itself, which is what GitLab submits', async () => {
    const vm = await loadMounted('v18', { openForm: true });
    if (!vm) throw new Error('no Vue app');
    const { decorate } = decorator('v18', { bounds: { min: '2026-11-25', max: '2027-05-23' } });
    decorate();
    presetButtonNamed('Container registry push').click();
    // gitlab-ui's checkbox group reports from a watcher and GlFormFields batches to its next tick.
    await expect.poll(() => [...vueFormValues(vm).scopes].sort()).toEqual(['read_registry', 'write_registry']);
    const values = vueFormValues(vm);
    expect(values.name).toBe('Container registry push – 2026-11-24');
    expect(values.description).toBe(message('presets.registry_push.description'));
    expect(values.expiresAt?.toISOString().slice(0, 10)).toBe('2026-12-24');
    // A second preset replaces what Scopewise filled, and exactly the scopes.
    presetButtonNamed('Read-only API').click();
    await expect.poll(() => vueFormValues(vm).scopes).toEqual(['read_api']);
    expect(vueFormValues(vm).name).toBe('Read-only API – 2026-11-24');
  });

  it('never overwrites a name or description the user typed', async () => {
    const vm = await loadMounted('v18', { openForm: true });
    if (!vm) throw new Error('no Vue app');
    const { decorate } = decorator('v18');
    decorate();
    const name = document.querySelector<HTMLInputElement>('[data-testid="access-token-name-field"]');
    if (!name) throw new Error('no name field');
    name.value = 'my laptop';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    presetButtonNamed('Git push').click();
    await expect.poll(() => vueFormValues(vm).scopes).toEqual(['write_repository']);
    expect(vueFormValues(vm).name).toBe('my laptop');
  });

  it('injects once, survives re-renders and comes back when the form is re-inserted', async () => {
    const vm = await loadMounted('v18', { openForm: true });
    if (!vm) throw new Error('no Vue app');
    const { decorate } = decorator('v18');
    decorate();
    const perScope = count('[data-scopewise^="scope-help:"]');
    expect(perScope).toBe(14);
    document.querySelector<HTMLInputElement>('[data-testid="api-checkbox"]')?.click();
    await expect.poll(() => vueFormValues(vm).scopes).toEqual(['api']);
    decorate();
    decorate();
    expect(count('[data-scopewise^="scope-help:"]')).toBe(perScope);
    expect(count('[data-scopewise="presets"]')).toBe(1);
    expect(document.querySelector('[role="status"]')?.textContent).toContain(message('scopeSummary.warnings.broadApi'));
    // GitLab unmounts the form (after create or Cancel) and mounts a new one.
    document.querySelector<HTMLButtonElement>('#token-create-form button[type=reset]')?.click();
    await expect.poll(() => document.getElementById('token-create-form')).toBeNull();
    decorate();
    expect(count('[data-scopewise^="scope-help:"]')).toBe(0);
    document.querySelector<HTMLButtonElement>('[data-testid="add-new-token-button"]')?.click();
    await expect.poll(() => document.getElementById('token-create-form')).not.toBeNull();
    decorate();
    expect(count('[data-scopewise^="scope-help:"]')).toBe(perScope);
    expect(count('[data-scopewise="scope-summary"]')).toBe(1);
  });

  it('quick choices set today+N (UTC), capped at the form’s maximum', async () => {
    // The quick choices' English names are the issues' (German: test/e2e/locale-de.e2e.ts).
    await useLocale('en');
    const vm = await loadMounted('v18', { openForm: true });
    if (!vm) throw new Error('no Vue app');
    const { decorate } = decorator('v18', { bounds: { min: '2026-11-25', max: '2027-05-23' } });
    decorate();
    const choice = (label: string) =>
      [...document.querySelectorAll<HTMLButtonElement>('.sw-chip')].find((button) => button.textContent === label);
    choice('7 days')?.click();
    await vm.$nextTick();
    expect(vueFormValues(vm).expiresAt?.toISOString().slice(0, 10)).toBe('2026-12-01');
    choice('1 year')?.click();
    await vm.$nextTick();
    expect(vueFormValues(vm).expiresAt?.toISOString().slice(0, 10)).toBe('2027-05-23');
    expect(document.querySelector('.sw-expiry-warning')?.textContent).toBe(message('expiry.rotate', { days: 90 }));
  });
});

describe('on HAML forms', () => {
  it('14.x: fills the default lifetime where GitLab leaves the expiry empty', async () => {
    await loadMounted('v14');
    decorator('v14', { settings: { defaultLifetimeDays: 14 } }).decorate();
    expect(document.querySelector<HTMLInputElement>('#personal_access_token_expires_at')?.value).toBe('2026-12-08');
  });

  it('15.x: replaces GitLab’s untouched 30-day default with the user’s default', async () => {
    await loadMounted('v15');
    expect(document.querySelector<HTMLInputElement>('#personal_access_token_expires_at')?.value).toBe('2026-12-24');
    decorator('v15', { settings: { defaultLifetimeDays: 60 } }).decorate();
    expect(document.querySelector<HTMLInputElement>('#personal_access_token_expires_at')?.value).toBe('2027-01-23');
  });

  it('project: a preset picks its minimum role; presets needing read_user are disabled with the reason', async () => {
    await loadMounted('project');
    decorator('project').decorate();
    presetButtonNamed('Terraform state').click();
    expect(document.querySelector<HTMLSelectElement>('#resource_access_token_access_level')?.value).toBe('40');
    const checked = [
      ...document.querySelectorAll<HTMLInputElement>('input[name="resource_access_token[scopes][]"]:checked'),
    ];
    expect(checked.map((input) => input.value)).toEqual(['api']);
    const jetbrains = presetButtonNamed('JetBrains IDE');
    expect(jetbrains.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(jetbrains.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('read_user');
    // Applied anyway, JetBrains would keep `api` checked (read_user is not offered here) but change
    // the name, expiry, role and the preset note: only "nothing changed at all" proves it disabled.
    const before = pageState();
    jetbrains.click();
    expect(pageState()).toEqual(before);
  });

  it('the preset filter narrows the buttons by name, description or scope', async () => {
    await loadMounted('v17');
    decorator('v17').decorate();
    const search = document.querySelector<HTMLInputElement>('.sw-presets input[type=search]');
    if (!search) throw new Error('no search box');
    search.value = 'registry';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const names = [...document.querySelectorAll('.sw-preset-name')].map((node) => node.textContent);
    expect(names).toContain('Container registry pull');
    expect(names).not.toContain('Git push');
  });

  it('hidden and custom presets follow the settings; a custom preset keeps its own words', async () => {
    await loadMounted('v17');
    const custom: Preset = {
      id: 'custom-mirror',
      name: 'Mirror job',
      scopes: ['read_repository'],
      description: 'Mirror job on build-01.',
      lifetimeDays: 30,
      role: 'reporter',
      source: 'https://wiki.example/mirror',
    };
    decorator('v17', { settings: { hiddenPresetIds: ['jenkins'], customPresets: [custom] } }).decorate();
    const names = [...document.querySelectorAll('.sw-preset-name')].map((node) => node.textContent);
    expect(names).toContain('Mirror job');
    expect(names).not.toContain('Jenkins');
    const title = presetButtonNamed('Mirror job').getAttribute('title');
    expect(title).toMatch(/^Mirror job on build-01\. /);
    expect(title).toContain(message('presetBar.source', { url: 'https://wiki.example/mirror' }));
  });
});

describe('the created token is never read', () => {
  it.each([
    ['v14', {}],
    ['v15', {}],
    // legacy/new's InputCopyToggleVisibility, with 3919ad72's test id and with none (55eb439f).
    ['v19-legacy', {}],
    ['v19-legacy', { createdTokenTestid: null }],
  ] as const)('%s %j', async (variant, vue) => {
    const vm = await loadMounted(variant, { createdToken: FAKE_CREATED_TOKEN, vue });
    if (variant === 'v15') {
      document
        .getElementById('js-new-access-token-form')
        ?.dispatchEvent(new CustomEvent('ajax:success', { detail: { new_token: FAKE_CREATED_TOKEN } }));
    }
    if (vm && variant === 'v19-legacy') {
      // What a successful create leaves: the created-token view instead of the form.
      Object.assign(vm.$data.store as object, { token: FAKE_CREATED_TOKEN, showCreateForm: false });
      await vm.$nextTick();
    }
    const secrets = [...document.querySelectorAll(SECRET_OUTPUTS.join(','))];
    expect(secrets.length).toBeGreaterThan(0);
    // The list covers every element that holds the token, whatever test id it has or lacks.
    const holders = holdersOfToken();
    expect(holders.length).toBeGreaterThan(0);
    for (const holder of holders)
      expect(secrets.some((secret) => secret === holder || secret.contains(holder))).toBe(true);
    const reads: string[] = [];
    for (const element of secrets) {
      const label = element.id || element.className;
      for (const property of ['value', 'textContent', 'innerText', 'innerHTML', 'outerHTML', 'dataset']) {
        Object.defineProperty(element, property, {
          get() {
            reads.push(`${label}.${property}`);
            return '';
          },
        });
      }
    }
    const { decorate } = decorator(variant);
    decorate();
    if (variant !== 'v19-legacy') {
      presetButtonNamed('Git clone / pull').click();
      decorate();
      expect(count('[data-scopewise^="scope-help:"]')).toBeGreaterThan(0);
    }
    expect(reads).toEqual([]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('glpat-');
  });
});

describe('on the grouped scope selector (scope_selector.vue, GitLab’s real components)', () => {
  const grouped = () => {
    const form = findLegacyForm(document);
    if (!form) throw new Error('no form');
    return form;
  };
  const note = () => document.querySelector('.sw-preset-note')?.textContent ?? '';

  it('puts help inside each li and reads every scope through it', async () => {
    await loadMounted('v19-legacy-grouped');
    decorator('v19-legacy-grouped').decorate();
    const scopes = [...grouped().scopes.keys()];
    expect(new Set(scopes)).toEqual(new Set(OFFERED_SCOPES.v19));
    for (const scope of scopes) {
      expect(
        document.querySelector(`li[data-testid="${scope}"] [data-scopewise="scope-help:${scope}"]`),
      ).not.toBeNull();
    }
  });

  // GitLab's toggleScope computes from what it rendered last: two clicks in one task keep only the last.
  it.each(BUILTIN_PRESETS.map((preset) => [preset.name, preset] as const))(
    '%s: GitLab holds exactly what the note and the summary say, one click per task',
    async (_name, preset) => {
      const vm = await loadMounted('v19-legacy-grouped');
      if (!vm) throw new Error('no Vue app');
      decorator('v19-legacy-grouped').decorate();
      const form = grouped();
      if (preset.scopes.some((scope) => !form.scopes.has(scope))) return;
      let clickedThisTask = false;
      const sameTask: string[] = [];
      for (const [scope, input] of form.scopes) {
        input.addEventListener('click', () => {
          if (clickedThisTask) sameTask.push(scope);
          clickedThisTask = true;
          setTimeout(() => {
            clickedThisTask = false;
          }, 0);
        });
      }
      const expected = scopesFormHolds(form, preset.scopes);
      presetButtonNamed(preset.name).click();
      await expect.poll(() => [...vueFormValues(vm).scopes].sort()).toEqual([...expected].sort());
      await expect
        .poll(note)
        .toContain(message('presetBar.applied', { name: preset.name, scopes: expected.join(', ') }));
      expect(sameTask).toEqual([]);
      const shown = [...form.scopes].filter(([, input]) => input.checked).map(([scope]) => scope);
      expect(shown.sort()).toEqual([...expected].sort());
      // The summary lists what the form holds, in the page's order.
      const inPageOrder = [...form.scopes.keys()].filter((scope) => expected.includes(scope));
      const summary = scopeSummaryWords(summarizeScopes(inPageOrder, preset.scopes)).text;
      await expect.poll(() => document.querySelector('.sw-summary-text')?.textContent).toBe(summary);
      if (preset.scopes.includes('api') && preset.scopes.length > 1) {
        expect(expected).toEqual(['api']);
        const covered = preset.scopes.filter((scope) => scope !== 'api').join(', ');
        expect(note()).toContain(message('presetBar.apiAlone', { scopes: covered }));
      } else {
        expect(note()).not.toContain(message('presetBar.apiAlone').split('{scopes}')[0]);
      }
    },
  );

  it('a second preset takes over from the first, also after api disabled the other boxes', async () => {
    const vm = await loadMounted('v19-legacy-grouped');
    if (!vm) throw new Error('no Vue app');
    decorator('v19-legacy-grouped').decorate();
    presetButtonNamed('Renovate').click();
    await expect.poll(() => vueFormValues(vm).scopes).toEqual(['api']);
    presetButtonNamed('Container registry push').click();
    await expect.poll(() => [...vueFormValues(vm).scopes].sort()).toEqual(['read_registry', 'write_registry']);
    presetButtonNamed('DeepTraQ').click();
    presetButtonNamed('Git clone / pull').click();
    await expect.poll(() => vueFormValues(vm).scopes).toEqual(['read_repository']);
    await expect
      .poll(note)
      .toContain(message('presetBar.applied', { name: 'Git clone / pull', scopes: 'read_repository' }));
  });
});

it('a failing feature is isolated and logged once; the others still run', async () => {
  await loadMounted('v17');
  vi.spyOn(scopeHelp, 'apply').mockImplementation(() => {
    throw new Error('GitLab changed its markup');
  });
  const { decorate, debug } = decorator('v17');
  decorate();
  decorate();
  expect(debug).toHaveBeenCalledTimes(1);
  expect(debug).toHaveBeenCalledWith('scope-help failed: GitLab changed its markup');
  expect(count('[data-scopewise="presets"]')).toBe(1);
  expect(count('[data-scopewise="scope-summary"]')).toBe(1);
});

it.each(['v19-index', 'v19-index-no-testid'] as const)(
  'the 19.x index menu (%s) opens the fine-grained form where a preset fits it, the legacy form otherwise, saying why',
  async (variant) => {
    await loadMounted(variant);
    decorator(variant).decorate();
    const toggle = [...document.querySelectorAll('button')].find(
      (button) => button.textContent === 'Scopewise presets',
    );
    // The menu's open state is the content script's (one page per script): it may be open already.
    if (toggle?.getAttribute('aria-expanded') !== 'true') toggle?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const link = (name: string) => {
      const found = [...document.querySelectorAll<HTMLAnchorElement>('.sw-menu-link')].find(
        (a) => a.textContent === name,
      );
      if (!found) throw new Error(`no menu entry ${name}`);
      return {
        url: new URL(found.getAttribute('href') ?? '', 'https://gitlab.com'),
        why: document.getElementById(found.getAttribute('aria-describedby') ?? '')?.textContent,
      };
    };
    const gitClone = link('Git clone / pull');
    expect(gitClone.url.pathname).toBe('/-/user_settings/personal_access_tokens/granular/new');
    expect(gitClone.url.search).toBe('');
    expect(gitClone.url.hash).toBe('#scopewise-preset=git-clone');
    expect(gitClone.why).toBe(
      `${message('presetMenu.fineGrained')} (${message('evidence.verified')}). ${message('presetMenu.onlyPermissions', { permissions: 'download_code' })}`,
    );

    // Renovate documents legacy tokens only: the legacy form, the reason and the upstream request.
    const renovate = link('Renovate');
    expect(renovate.url.pathname).toBe('/-/user_settings/personal_access_tokens/legacy/new');
    expect(renovate.url.searchParams.get('scopes')).toBe('api');
    expect(renovate.url.hash).toBe('#scopewise-preset=renovate');
    expect(renovate.why).toBe(
      `${message('presetMenu.legacy')} (${message('evidence.documented')}). api. ${message('presets.renovate.experimental')} renovatebot/renovate#45421`,
    );
    const issue = [...document.querySelectorAll<HTMLAnchorElement>('.sw-menu-why a')].find(
      (a) => a.textContent === 'renovatebot/renovate#45421',
    );
    expect(issue?.href).toBe('https://github.com/renovatebot/renovate/issues/45421');
    for (const [name, why] of [
      ['Renovate (dry run)', message('presets.renovate_dry_run.experimental')],
      ['GitLab CLI (glab)', message('presets.glab.experimental')],
      ['Argo CD', message('presets.argo_cd.experimental')],
    ] as const) {
      expect(link(name).url.pathname, name).toBe('/-/user_settings/personal_access_tokens/legacy/new');
      expect(link(name).why, name).toContain(why);
    }

    const jenkins = link('Jenkins');
    expect(jenkins.url.pathname).toBe('/-/user_settings/personal_access_tokens/legacy/new');
    expect(jenkins.url.searchParams.get('name')).toBe('Jenkins – 2026-11-24');
    expect(jenkins.url.searchParams.get('scopes')).toBe('api');
    expect(jenkins.url.hash).toBe('#scopewise-preset=jenkins');
    expect(jenkins.why).toBe(
      `${message('presetMenu.legacy')} (${message('evidence.documented')}). api. ${message('presetBar.noFineGrained', { reason: message('presetBar.undocumented') })}`,
    );
    expect(link('Container registry push').why).toBe(
      `${message('presetMenu.legacy')} (${message('evidence.verified')}). read_registry, write_registry. ${message('presetBar.noFineGrained', { reason: message('presets.registry_push.legacyOnly') })}`,
    );
  },
);

it('legacy presets on a personal form say whether a fine-grained token can replace them', async () => {
  await loadMounted('v19-legacy');
  decorator('v19-legacy').decorate();
  const gitClone = presetButtonNamed('Git clone / pull').getAttribute('title');
  expect(gitClone).toContain(message('presetBar.replaceable'));
  expect(gitClone).toContain(message('evidence.verifiedSentence', { client: 'git' }));
  expect(presetButtonNamed('Jenkins').getAttribute('title')).toContain(
    message('evidence.documentedSentence', { date: '2026-11-24' }),
  );
  expect(presetButtonNamed('Renovate').getAttribute('title')).toContain(
    message('presetBar.keepLegacy', { why: message('presets.renovate.experimental') }),
  );
  presetButtonNamed('Container registry push').click();
  const note = document.querySelector('.sw-preset-note')?.textContent;
  expect(note).toContain(message('evidence.verifiedSentence', { client: 'skopeo' }));
  expect(note).toContain(message('presetBar.noFineGrained', { reason: message('presets.registry_push.legacyOnly') }));
});

it('the preset bar words its evidence in English as the contract does', async () => {
  await useLocale('en');
  await loadMounted('v19-legacy');
  decorator('v19-legacy').decorate();
  const gitClone = presetButtonNamed('Git clone / pull').getAttribute('title');
  expect(gitClone).toContain('a fine-grained token can replace this one (Verified)');
  expect(gitClone).toContain('Verified: git works with exactly these on a GitLab simulator and fails without any one.');
  expect(presetButtonNamed('Jenkins').getAttribute('title')).toContain(
    "Documented: the integration's docs (Source), read 2026-11-24.",
  );
  expect(presetButtonNamed('Renovate').getAttribute('title')).toContain('Its fine-grained preset is Experimental.');
  presetButtonNamed('Container registry push').click();
  const note = document.querySelector('.sw-preset-note')?.textContent;
  expect(note).toContain('Applied Container registry push (read_registry, write_registry).');
  expect(note).toContain(
    'A fine-grained token cannot replace this one: fine-grained tokens cannot push container images',
  );
});
