import { describe, expect, test } from 'vitest';
import type { VariantId } from '../simulator/pages';
import { OFFERED_SCOPES } from '../simulator/scopes';
import { useSimulatedGitLab } from './browser';
import { openVariant, presetButton, submitForm, utcDate } from './helpers';

const env = useSimulatedGitLab();

interface Case {
  variant: VariantId;
  /** The scopes the simulator's form offers: what the form and Scopewise's help must show. */
  offered: readonly string[];
  preset: string;
  scopes: string[];
  /** A quick choice clicked after the preset, and the lifetime GitLab should receive. */
  choice: '7 days' | '30 days' | '90 days' | '1 year';
  days: number;
  openForm: boolean;
  submit: string;
  role?: string;
  /** What Scopewise's note must say about the scopes (the grouped selector keeps api alone). */
  note?: string;
}

const HAML_SUBMIT = 'form [type=submit]';
const VUE_SUBMIT = '[data-testid="create-token-button"]';

/** The grouped selector's order: GitLab's categories (scope_selector.vue), the scopes it does not list last. */
const GROUPED_ORDER = [
  'api',
  'read_api',
  'ai_features',
  'read_repository',
  'write_repository',
  'read_virtual_registry',
  'write_virtual_registry',
  'create_runner',
  'manage_runner',
  'read_user',
  'self_rotate',
  'k8s_proxy',
  'read_registry',
  'write_registry',
  'read_vulnerability',
];

/** Every form variant: a preset, then a quick choice, and what GitLab receives. */
const CASES: Case[] = [
  {
    variant: 'v14',
    offered: OFFERED_SCOPES.v14,
    preset: 'Read-only API',
    scopes: ['read_api'],
    choice: '1 year',
    days: 365,
    openForm: false,
    submit: HAML_SUBMIT,
  },
  {
    variant: 'v15',
    offered: OFFERED_SCOPES.v15,
    preset: 'Git push',
    scopes: ['write_repository'],
    choice: '90 days',
    days: 90,
    openForm: false,
    submit: HAML_SUBMIT,
  },
  {
    variant: 'v17',
    offered: OFFERED_SCOPES.v17,
    preset: 'GitLab CLI (glab)',
    scopes: ['api', 'write_repository'],
    choice: '7 days',
    days: 7,
    openForm: true,
    submit: HAML_SUBMIT,
  },
  {
    variant: 'v18',
    offered: OFFERED_SCOPES.v18,
    preset: 'Kubernetes agent',
    scopes: ['k8s_proxy'],
    choice: '90 days',
    days: 90,
    openForm: true,
    submit: VUE_SUBMIT,
  },
  {
    variant: 'v18-root',
    offered: OFFERED_SCOPES.v18,
    preset: 'DeepTraQ',
    scopes: ['read_user', 'read_repository'],
    choice: '7 days',
    days: 7,
    openForm: true,
    submit: VUE_SUBMIT,
  },
  {
    variant: 'v19-legacy',
    offered: OFFERED_SCOPES.v19,
    preset: 'Container registry pull',
    scopes: ['read_registry'],
    choice: '30 days',
    days: 30,
    openForm: false,
    submit: VUE_SUBMIT,
  },
  {
    variant: 'v19-legacy-grouped',
    offered: GROUPED_ORDER,
    preset: 'DeepTraQ',
    scopes: ['read_user', 'read_repository'],
    choice: '90 days',
    days: 90,
    openForm: false,
    submit: VUE_SUBMIT,
  },
  {
    variant: 'v19-legacy-grouped',
    offered: GROUPED_ORDER,
    preset: 'GitLab CLI (glab)',
    scopes: ['api'],
    choice: '7 days',
    days: 7,
    openForm: false,
    submit: VUE_SUBMIT,
    note: 'This form sends api alone: api covers write_repository',
  },
  {
    variant: 'project',
    offered: OFFERED_SCOPES.resource,
    preset: 'Read-only API',
    scopes: ['read_api'],
    choice: '1 year',
    days: 365,
    openForm: true,
    submit: HAML_SUBMIT,
    role: '20',
  },
  {
    variant: 'group',
    offered: OFFERED_SCOPES.resource,
    preset: 'Jenkins',
    scopes: ['api'],
    choice: '7 days',
    days: 7,
    openForm: true,
    submit: HAML_SUBMIT,
    role: '30',
  },
];

describe.each(CASES)('$variant', (c) => {
  test(`${c.preset} then "${c.choice}": GitLab receives exactly that`, async () => {
    await openVariant(env.browser.context, env.page, c.variant);
    if (c.openForm) await env.page.getByTestId('add-new-token-button').click();
    // GitLab's form first (the Vue variants mount it after load): a checkbox for every offered scope
    // (the grouped selector's have no value: their li says which scope they are).
    const scopes = () =>
      env.page
        .locator('form input[type=checkbox]')
        .evaluateAll((boxes) =>
          boxes.map(
            (box) => box.closest<HTMLElement>('li[data-testid]')?.dataset.testid ?? (box as HTMLInputElement).value,
          ),
        );
    await expect.poll(scopes).toEqual(c.offered);
    // Then Scopewise's explanation next to each of them.
    const explained = () =>
      env.page
        .locator('[data-scopewise^="scope-help:"]')
        .evaluateAll((helps) => helps.map((help) => help.getAttribute('data-scopewise')?.slice('scope-help:'.length)));
    await expect.poll(explained).toEqual(c.offered);
    await presetButton(env.page, c.preset).click();
    const applied = `Applied ${c.preset} (${c.scopes.join(', ')}).`;
    await expect.poll(() => env.page.locator('.sw-preset-note').textContent()).toContain(applied);
    if (c.note) expect(await env.page.locator('.sw-preset-note').textContent()).toContain(c.note);
    await env.page.getByRole('button', { name: c.choice, exact: true }).click();
    const submission = await submitForm(env.page, env.sim, c.submit);
    expect([...submission.scopes].sort()).toEqual([...c.scopes].sort());
    expect(submission.name).toBe(`${c.preset} – ${utcDate()}`);
    expect(submission.expires_at).toBe(utcDate(c.days));
    if (c.role) expect(submission.access_level).toBe(c.role);
    expect(env.browser.errors).toEqual([]);
  });
});
