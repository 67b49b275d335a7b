import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FINE_GRAINED_FORM_CATALOG } from '../../entrypoints/fine-grained-form.content/catalog';
import { presets } from '../../entrypoints/fine-grained-form.content/features/presets';
import type { Settings } from '../../utils/browser/storage';
import { FINE_GRAINED_PRESETS, presetPermissions } from '../../utils/catalog/fine-grained-presets';
import { createEngine } from '../../utils/content-script/engine';
import { createMount } from '../../utils/content-script/mount';
import { addDays, type ExpiryBounds, localToday, parseBoundDate, utcToday } from '../../utils/dates';
import {
  applyPermissionPlan,
  findFineGrainedForm,
  readSelection,
  storableBounds,
} from '../../utils/gitlab/fine-grained-form';
import { detectTokenPage } from '../../utils/gitlab/page';
import { FINE_GRAINED, SECRET_OUTPUTS } from '../../utils/gitlab/selectors';
import { FAKE_CREATED_TOKEN, VARIANTS } from '../simulator/pages';
import { until } from '../wait';
import { FIXTURE_NOW, type FineGrainedFixture, holdersOfToken, loadFineGrained, serverHtml } from './fixtures';
import { message, useLocale } from './messages';

/**
 * The fine-grained form (19.2) on the simulator's Vue app, in happy-dom. Runs in whatever time
 * zone the suite runs in (npm test: UTC and Pacific/Kiritimati), since the form's dates are local.
 */

const SETTINGS: Settings = { defaultLifetimeDays: 30, hiddenPresetIds: [], customPresets: [], debugMode: true };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The bounds as Scopewise reads them at document_start from the server HTML. */
function serverBounds(): ExpiryBounds {
  const html = serverHtml('v19-granular');
  const attribute = (name: string) => new RegExp(`${name}="([^"]+)"`).exec(html)?.[1];
  return {
    min: parseBoundDate(attribute('data-access-token-min-date'), 'min', 'utc-midnight'),
    max: parseBoundDate(attribute('data-access-token-max-date'), 'max', 'utc-midnight'),
  };
}

function decorator(options: { settings?: Partial<Settings>; pendingPresetId?: string } = {}) {
  const path = VARIANTS['v19-granular'].path;
  const page = detectTokenPage(`https://gitlab.com${path}`, document.body.dataset.page);
  if (!page) throw new Error('the fine-grained form is not a token page');
  const debug = vi.fn();
  const decorate = createEngine(
    {
      page,
      settings: { ...SETTINGS, ...options.settings },
      bounds: serverBounds(),
      pendingPresetId: options.pendingPresetId,
      now: () => new Date(),
      mount: createMount(document).mount,
      debug,
    },
    FINE_GRAINED_FORM_CATALOG,
  );
  return { decorate, debug };
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) =>
      candidate.querySelector('.sw-preset-name')?.textContent === name || candidate.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

const presetNote = () => document.querySelector('[data-scopewise="presets"] .sw-preset-note')?.textContent ?? '';
/** Whether the note says the preset is applied, in full (its first sentence names its permissions). */
const appliedNote = (name: string) => {
  const preset = FINE_GRAINED_PRESETS.find((candidate) => candidate.name === name);
  if (!preset) throw new Error(`no fine-grained preset ${name}`);
  const permissions = presetPermissions(preset).join(', ');
  return presetNote().startsWith(message('presetBar.appliedPermissions', { name, permissions }));
};
const status = () => document.querySelector('[data-scopewise="summary"] [role="status"]')?.textContent ?? '';
/** The UTC calendar date of the timestamp GitLab receives. */
const sentDate = (date: Date | null) => date?.toISOString().slice(0, 10);

let fixture: FineGrainedFixture;
beforeEach(async () => {
  vi.useFakeTimers({ now: FIXTURE_NOW, toFake: ['Date'] });
  fakeBrowser.reset();
  fixture = await loadFineGrained();
  await fixture.catalogLoaded();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the simulator keeps GitLab’s races (so the adapter is tested against them)', () => {
  it('two option clicks in one task: the first is lost', async () => {
    document.querySelector<HTMLInputElement>('[data-testid="resource-tree"] input[value="code"]')?.click();
    await tick();
    const section = document.querySelector('[data-testid="granular-permissions-section"]');
    section?.querySelector<HTMLElement>('[data-testid="listbox-item-download_code"]')?.click();
    section?.querySelector<HTMLElement>('[data-testid="listbox-item-push_code"]')?.click();
    await tick();
    expect(fixture.form().permissions.namespace).toEqual(['push_code']);
  });

  it('two resources of different categories in one task: the last wins', async () => {
    document.querySelector<HTMLInputElement>('[data-testid="resource-tree"] input[value="code"]')?.click();
    document.querySelector<HTMLInputElement>('[data-testid="resource-tree"] input[value="pipeline"]')?.click();
    await tick();
    const names = [...document.querySelectorAll('[data-testid="selected-resource-name"]')].map((n) => n.textContent);
    expect(names).toEqual(['Pipeline']);
  });
});

describe('the adapter', () => {
  it('every fine-grained selector matches the 19.2 fixture (no dead entries)', async () => {
    document.querySelector<HTMLInputElement>('[data-testid="resource-tree"] input[value="code"]')?.click();
    document.querySelector<HTMLInputElement>('#group-access input[value="SELECTED_MEMBERSHIPS"]')?.click();
    await tick();
    document.querySelector<HTMLElement>('[data-testid="listbox-item-gid://gitlab/Group/11"]')?.click();
    await tick();
    for (const [key, selector] of Object.entries(FINE_GRAINED)) {
      const selectors: readonly string[] = typeof selector === 'string' ? [selector] : selector;
      expect(
        selectors.filter((item) => !document.querySelector(item)),
        key,
      ).toEqual([]);
    }
  });

  it('finds the form and reads an empty selection', () => {
    const form = findFineGrainedForm(document);
    expect(form?.name.id).toBe('token-name');
    expect(form?.expiry?.id).toBe('token-expiration');
    expect(form && readSelection(form)).toEqual({
      permissions: { namespace: [], user: [], instance: [] },
      access: undefined,
      namespaceCount: 0,
    });
  });

  it('sets exactly a plan across categories and boundaries, then clears what the next plan drops', async () => {
    const form = findFineGrainedForm(document);
    if (!form) throw new Error('no form');
    const renovate = FINE_GRAINED_PRESETS.find((preset) => preset.id === 'renovate');
    if (!renovate) throw new Error('no renovate preset');
    expect(await applyPermissionPlan(form, renovate)).toEqual([]);
    expect(fixture.form().access).toBe('SELECTED_MEMBERSHIPS');
    expect(new Set(fixture.form().permissions.namespace)).toEqual(new Set(renovate.permissions.namespace));
    expect(fixture.form().permissions.user).toEqual(['read_user']);

    const missing = await applyPermissionPlan(form, {
      access: 'SELECTED_MEMBERSHIPS',
      permissions: { namespace: ['download_code', 'read_secret_sauce'] },
    });
    expect(missing).toEqual(['read_secret_sauce']);
    expect(fixture.form().permissions).toEqual({ namespace: ['download_code'], user: [], instance: [] });
    expect(readSelection(form).permissions.namespace).toEqual(['download_code']);
  });

  it('a permission whose action has two words is found under its resource', async () => {
    const form = findFineGrainedForm(document);
    if (!form) throw new Error('no form');
    const plan = { access: 'SELECTED_MEMBERSHIPS', permissions: { namespace: ['reset_approvals_merge_request'] } };
    expect(await applyPermissionPlan(form, plan)).toEqual([]);
    expect(fixture.form().permissions.namespace).toEqual(['reset_approvals_merge_request']);
  });
});

describe('presets', () => {
  it('Git clone / pull sets Code: Download on selected projects, name, description and expiry', async () => {
    decorator().decorate();
    button('Git clone / pull').click();
    await until(() => appliedNote('Git clone / pull'), 'the preset');
    const form = fixture.form();
    expect(form.permissions).toEqual({ namespace: ['download_code'], user: [], instance: [] });
    expect(form.access).toBe('SELECTED_MEMBERSHIPS');
    expect(form.name).toBe(`Git clone / pull – ${utcToday()}`);
    expect(form.description).toBe(message('presets.git_clone.description'));
    expect(sentDate(form.expirationDate)).toBe(addDays(utcToday(), 90));
    expect(presetNote()).toContain(message('presetBar.pick'));
    expect(status()).toContain(message('permissions.download_code.can'));
    expect(status()).toContain(message('fineGrained.warnings.pickNamespace'));
  });

  it('a second preset replaces the first one’s permissions, never the user’s own name', async () => {
    decorator().decorate();
    const name = document.querySelector<HTMLInputElement>('#token-name');
    if (!name) throw new Error('no name field');
    name.value = 'laptop';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    button('Git push').click();
    await until(() => appliedNote('Git push'), 'Git push');
    button('Container registry pull').click();
    await until(() => appliedNote('Container registry pull'), 'registry pull');
    expect(fixture.form().permissions.namespace).toEqual(['read_container_repository']);
    expect(fixture.form().name).toBe('laptop');
  });

  it('a pending preset from the index menu applies on arrival; hidden presets are not offered', async () => {
    decorator({ pendingPresetId: 'read-api', settings: { hiddenPresetIds: ['git-push'] } }).decorate();
    await until(() => appliedNote('Read-only API'), 'the pending preset');
    expect(fixture.form().permissions.namespace).toContain('read_merge_request');
    expect(presetNote()).toContain(message('evidence.verifiedSentence', { client: 'python-gitlab' }));
    expect(button('Renovate').getAttribute('title')).toContain(
      message('evidence.experimentalSentence', { why: message('presets.renovate.experimental') }),
    );
    expect(() => button('Git push')).toThrow();
  });

  it('changing the permissions afterwards drops the preset’s note', async () => {
    const { decorate } = decorator();
    decorate();
    button('Git clone / pull').click();
    await until(() => appliedNote('Git clone / pull'), 'the preset');
    document.querySelector<HTMLElement>('[data-testid="listbox-item-read_code"]')?.click();
    await tick();
    decorate(); // the content script's observer does this on every change
    expect(presetNote()).toBe('');
    expect(fixture.form().permissions.namespace).toEqual(['download_code', 'read_code']);
  });

  it('a failing feature is isolated and logged once', async () => {
    vi.spyOn(presets, 'apply').mockImplementation(() => {
      throw new Error('GitLab changed its markup');
    });
    const { decorate, debug } = decorator();
    decorate();
    decorate();
    expect(debug).toHaveBeenCalledWith('presets failed: GitLab changed its markup');
    expect(debug).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-scopewise="summary"]')).not.toBeNull();
  });
});

describe('explanations and the summary', () => {
  it('every permission of a chosen resource gets a risk label and an explanation', async () => {
    const { decorate } = decorator();
    document.querySelector<HTMLInputElement>('[data-testid="resource-tree"] input[value="variable"]')?.click();
    await tick();
    decorate();
    const help = document.querySelector('[data-scopewise="permission-help:0:variable"]')?.textContent ?? '';
    expect(help).toContain(message('risk.high'));
    expect(help).toContain(message('fineGrained.help.can', { can: message('permissions.read_variable.can') }));
    expect(help).toContain(message('fineGrained.help.legacy', { scopes: 'read_api', version: '19.2' }));
    const option = document.querySelector('[data-testid="listbox-item-read_variable"] [data-scopewise]');
    expect(option?.textContent).toBe(message('risk.high'));
  });

  it('a permission Scopewise does not know shows as Unknown risk', async () => {
    const { decorate } = decorator();
    button('User').click();
    await tick();
    document.querySelector<HTMLInputElement>('[data-testid="resource-tree"] input[value="knowledge_graph"]')?.click();
    await tick();
    decorate();
    const help = document.querySelector('[data-scopewise="permission-help:1:knowledge_graph"]')?.textContent ?? '';
    expect(help).toContain(message('risk.unknown'));
    expect(help).toContain(message('fineGrained.help.unknown'));
  });

  it('the role="status" summary follows the selection', async () => {
    const { decorate, debug } = decorator();
    decorate();
    expect(debug.mock.calls).toEqual([]);
    expect(status()).toBe(message('fineGrained.summary.none'));
    document.querySelector<HTMLInputElement>('[data-testid="resource-tree"] input[value="code"]')?.click();
    await tick();
    document.querySelector<HTMLElement>('[data-testid="listbox-item-push_code"]')?.click();
    await tick();
    decorate();
    const pushCode = message('permissions.push_code.can');
    expect(status()).toContain(message('fineGrained.summary.accessNotSet', { can: pushCode }));
    expect(status()).toContain(message('scopeSummary.overall', { risk: message('risk.high') }));
    document.querySelector<HTMLInputElement>('#group-access input[value="ALL_MEMBERSHIPS"]')?.click();
    await tick();
    decorate();
    expect(status()).toContain(message('fineGrained.summary.allMemberships', { can: pushCode }));
    expect(status()).toContain(message('fineGrained.warnings.allMemberships'));
  });
});

describe('expiry (UTC calendar dates, whatever the time zone)', () => {
  it('replaces GitLab’s 30-day default with the user’s default lifetime', async () => {
    expect(document.querySelector<HTMLInputElement>('#token-expiration')?.value).toBe(
      localToday(new Date(Date.now() + 30 * 86_400_000)),
    );
    decorator({ settings: { defaultLifetimeDays: 14 } }).decorate();
    expect(sentDate(fixture.form().expirationDate)).toBe(addDays(utcToday(), 14));
  });

  it.each([
    ['7 days', 7],
    ['30 days', 30],
    ['90 days', 90],
    ['1 year', 365],
  ])('%s: GitLab receives today+N as a UTC date, or the latest it stores through this form', async (label, days) => {
    // The quick choices' English names are the issues' (German: test/e2e/locale-de.e2e.ts).
    await useLocale('en');
    decorator().decorate();
    button(label as string).click();
    await tick();
    // The datepicker's last day goes out as its local midnight: outside UTC, the day before the maximum.
    const latest = storableBounds(serverBounds()).max ?? '';
    const wanted = addDays(utcToday(), days as number);
    const [expected] = [wanted, latest].sort();
    expect(sentDate(fixture.form().expirationDate)).toBe(expected);
    const note = document.querySelector('.sw-expiry-note')?.textContent ?? '';
    expect(note).toContain(`Stops working on ${expected} at 00:00 UTC`);
    if (expected === latest) expect(note).toContain('the latest date this form accepts');
  });

  it('says which date GitLab stores when the local midnight it sends is the day before in UTC', async () => {
    const previous = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      decorator().decorate();
      // 90 days: not GitLab's own 30-day default, which it sends as an instant (no caveat then).
      const ninetyDays = document.querySelectorAll<HTMLButtonElement>('.sw-chip')[2];
      ninetyDays?.click();
      await tick();
      const shown = document.querySelector<HTMLInputElement>('#token-expiration')?.value ?? '';
      const stored = addDays(utcToday(), 90);
      expect(shown).toBe(addDays(stored, 1));
      const note = document.querySelector('.sw-expiry-note')?.textContent ?? '';
      expect(note).toContain(message('expiry.localMidnight', { shown, date: stored }));
    } finally {
      process.env.TZ = previous;
    }
  });

  it.each([
    ['UTC', '2027-11-24'],
    ['Europe/Berlin', '2027-11-23'],
    ['Pacific/Kiritimati', '2027-11-23'],
    ['America/Los_Angeles', '2027-11-23'],
  ])('in %s the latest date GitLab stores through this form is %s', (zone, expected) => {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    try {
      const max = parseBoundDate('2027-11-24T10:00:00Z', 'max', 'utc-midnight');
      expect(storableBounds({ max }).max).toBe(expected);
    } finally {
      process.env.TZ = previous;
    }
  });
});

it('submits what the preset set, and never reads the created token', async () => {
  const { decorate } = decorator();
  decorate();
  button('Container registry pull').click();
  await until(() => appliedNote('Container registry pull'), 'the preset');
  document.querySelector<HTMLButtonElement>('[data-testid="crud-actions"] button')?.click();
  // The namespace selector's own query answers first.
  const project = '[data-testid="listbox-item-gid://gitlab/Project/7"]';
  await until(() => Boolean(document.querySelector(project)), 'the groups and projects');
  document.querySelector<HTMLElement>(project)?.click();
  await tick();
  [...document.querySelectorAll<HTMLButtonElement>('button')]
    .find((b) => b.textContent?.trim() === 'Generate token')
    ?.click();
  await until(() => fixture.submissions.length === 1, 'the submission');
  expect(fixture.submissions[0]?.granularScopes).toEqual([
    {
      access: 'SELECTED_MEMBERSHIPS',
      resourceIds: ['gid://gitlab/Project/7'],
      permissions: ['read_container_repository'],
    },
  ]);
  await until(() => Boolean(document.querySelector(SECRET_OUTPUTS.join(','))), 'the created-token view');
  // 19.2's InputCopyToggleVisibility: the masked input (a test id, no id) is the only holder of
  // the token, and the list covers it; the copy button carries none.
  const secrets = [...document.querySelectorAll(SECRET_OUTPUTS.join(','))];
  const holders = holdersOfToken();
  expect(holders.map((holder) => holder.getAttribute('data-testid'))).toEqual(['created-access-token-field']);
  for (const holder of holders) expect(secrets).toContain(holder);
  expect(document.querySelector('[data-clipboard-text]')).toBeNull();

  const reads: string[] = [];
  for (const element of document.querySelectorAll(SECRET_OUTPUTS.join(','))) {
    for (const property of ['value', 'textContent', 'innerText', 'innerHTML', 'outerHTML', 'dataset']) {
      Object.defineProperty(element, property, {
        get() {
          reads.push(property);
          return '';
        },
      });
    }
  }
  decorate();
  expect(reads).toEqual([]);
  expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(FAKE_CREATED_TOKEN);
});
