import { describe, expect, it } from 'vitest';
import { startEarlyCapture } from '../../utils/gitlab/early-capture';
import { findLegacyForm } from '../../utils/gitlab/legacy-form';
import {
  BOUNDS_MOUNTS,
  DESCRIPTION,
  EXPIRY,
  FORM,
  GENERATE_TOKEN_DROPDOWN,
  NAME,
  queryFirst,
  ROLE,
  SCOPE_ITEM,
  SCOPE_LIST_CONTAINER,
  SECRET_OUTPUTS,
} from '../../utils/gitlab/selectors';
import type { VariantId } from '../simulator/pages';
import { OFFERED_SCOPES } from '../simulator/scopes';
import { loadFineGrained, loadMounted, loadServerHtml } from './fixtures';

interface Expectation {
  scopes: readonly string[];
  kind: 'haml' | 'vue';
  description: boolean;
  role: boolean;
  openForm?: boolean;
}

const FORMS: Partial<Record<VariantId, Expectation>> = {
  v14: { scopes: OFFERED_SCOPES.v14, kind: 'haml', description: false, role: false },
  v15: { scopes: OFFERED_SCOPES.v15, kind: 'haml', description: false, role: false },
  v17: { scopes: OFFERED_SCOPES.v17, kind: 'haml', description: true, role: false },
  v18: { scopes: OFFERED_SCOPES.v18, kind: 'vue', description: true, role: false, openForm: true },
  'v18-root': { scopes: OFFERED_SCOPES.v18, kind: 'vue', description: true, role: false, openForm: true },
  'v19-legacy': { scopes: OFFERED_SCOPES.v19, kind: 'vue', description: true, role: false },
  project: { scopes: OFFERED_SCOPES.resource, kind: 'haml', description: true, role: true },
  group: { scopes: OFFERED_SCOPES.resource, kind: 'haml', description: true, role: true },
};

describe.each(Object.entries(FORMS))('the token form of %s', (variant, expected) => {
  it('is found with every scope, in page order, and its fields', async () => {
    await loadMounted(variant as VariantId, { openForm: expected.openForm });
    const form = findLegacyForm(document);
    expect(form).toBeDefined();
    expect([...(form?.scopes.keys() ?? [])]).toEqual(expected.scopes);
    expect(form?.kind).toBe(expected.kind);
    expect(form?.name).toBeDefined();
    expect(form?.expiry).toBeDefined();
    expect(Boolean(form?.description)).toBe(expected.description);
    expect(Boolean(form?.role)).toBe(expected.role);
    // None of Scopewise's selectors ever lands on a secret.
    for (const secret of document.querySelectorAll(SECRET_OUTPUTS.join(','))) {
      expect([form?.name, form?.description, form?.expiry]).not.toContain(secret);
    }
  });
});

describe('pages without a legacy form', () => {
  it.each(['v18', 'v18-root'] as const)('%s before "Add new token": no form yet', async (variant) => {
    await loadMounted(variant);
    expect(findLegacyForm(document)).toBeUndefined();
  });

  it.each(['v19-index', 'v19-index-no-testid'] as const)(
    '19.x index (%s): no form, but the "Generate token" dropdown, by test id or by structure',
    async (variant) => {
      await loadMounted(variant);
      expect(findLegacyForm(document)).toBeUndefined();
      const matches = GENERATE_TOKEN_DROPDOWN.map((selector) => document.querySelectorAll(selector).length);
      // The test id where the release has it; the CRUD header's dropdown in both.
      expect(matches).toEqual([variant === 'v19-index' ? 1 : 0, 1]);
      expect(queryFirst(document, GENERATE_TOKEN_DROPDOWN)?.querySelector('button')?.textContent?.trim()).toBe(
        'Generate token',
      );
    },
  );

  it('an unrelated page: nothing', async () => {
    await loadMounted('unrelated');
    expect(findLegacyForm(document)).toBeUndefined();
  });

  it('Vue variants before their app mounts: nothing', () => {
    loadServerHtml('v18', { name: 'x', scopes: ['api'] });
    expect(findLegacyForm(document)).toBeUndefined();
  });
});

it('the grouped scope selector (checkboxes without a value) is read through li[data-testid]', async () => {
  await loadMounted('v19-legacy-grouped');
  const form = findLegacyForm(document);
  expect(form?.grouped).toBe(true);
  expect(new Set(form?.scopes.keys())).toEqual(new Set(OFFERED_SCOPES.v19));
  await loadMounted('v19-legacy');
  expect(findLegacyForm(document)?.grouped).toBe(false);
});

describe('expiry bounds, captured before GitLab’s apps remove them', () => {
  it.each([
    ['v15', '2026-11-25', '2027-11-24'],
    ['v17', '2026-11-25', '2027-11-24'],
    ['v18', '2026-11-25', '2027-05-23'],
    ['v19-legacy', '2026-11-25', '2027-11-24'],
    ['project', '2026-11-25', '2027-11-24'],
  ] as const)('%s: min %s, max %s', async (variant, min, max) => {
    process.env.TZ = 'UTC';
    loadServerHtml(variant);
    const early = startEarlyCapture(document, 'https://gitlab.com/');
    await loadMounted(variant, { openForm: true });
    expect(document.querySelectorAll(BOUNDS_MOUNTS.join(','))).toHaveLength(0);
    early.stop();
    expect(early.bounds).toEqual({ min, max });
  });

  it('v19-granular: min 2026-11-25, max 2027-11-24', async () => {
    process.env.TZ = 'UTC';
    loadServerHtml('v19-granular');
    const early = startEarlyCapture(document, 'https://gitlab.com/');
    await loadFineGrained();
    expect(document.querySelectorAll(BOUNDS_MOUNTS.join(','))).toHaveLength(0);
    early.stop();
    expect(early.bounds).toEqual({ min: '2026-11-25', max: '2027-11-24' });
  });

  it('v14 has no bounds: the 365-day cap applies', async () => {
    loadServerHtml('v14');
    const early = startEarlyCapture(document, 'https://gitlab.com/');
    early.stop();
    expect(early.bounds).toEqual({});
  });

  it('reads the preset a Scopewise menu link asked for from the fragment', () => {
    const early = startEarlyCapture(
      document,
      'https://gitlab.com/-/user_settings/personal_access_tokens/legacy/new?name=x#scopewise-preset=git-clone',
    );
    early.stop();
    expect(early.pendingPresetId).toBe('git-clone');
  });

  it('a malformed fragment is no preset, and does not stop Scopewise', () => {
    const early = startEarlyCapture(
      document,
      'https://gitlab.com/-/user_settings/personal_access_tokens/legacy/new#scopewise-preset=%E0%A4%A',
    );
    early.stop();
    expect(early.pendingPresetId).toBeUndefined();
  });
});

/** Every selector entry matches in at least one fixture: no dead fallbacks. */
describe('each selector is proven by a fixture', () => {
  const lists = { FORM, NAME, DESCRIPTION, EXPIRY, ROLE, SCOPE_ITEM, SCOPE_LIST_CONTAINER };
  const variants: Array<[VariantId, boolean]> = [
    ['v14', false],
    ['v15', false],
    ['v17', false],
    ['v18', true],
    ['v19-legacy', false],
    ['project', false],
    ['v19-legacy-grouped', false],
  ];
  it.each(Object.entries(lists))('%s', async (_name, selectors) => {
    const matched = new Set<string>();
    for (const [variant, openForm] of variants) {
      await loadMounted(variant, { openForm });
      for (const selector of selectors) if (document.querySelector(selector)) matched.add(selector);
    }
    expect([...selectors].filter((selector) => !matched.has(selector))).toEqual([]);
  });
});
