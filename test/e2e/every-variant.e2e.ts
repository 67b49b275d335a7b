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
}

const HAML_SUBMIT = 'form [type=submit]';
const VUE_SUBMIT = '[data-testid="create-token-button"]';

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
    // GitLab's form first (the Vue variants mount it after load): a checkbox for every offered scope.
    const scopes = () =>
      env.page
        .locator('form input[type=checkbox]')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    await expect.poll(scopes).toEqual(c.offered);
    // Then Scopewise's explanation next to each of them.
    const explained = () =>
      env.page
        .locator('[data-scopewise^="scope-help:"]')
        .evaluateAll((helps) => helps.map((help) => help.getAttribute('data-scopewise')?.slice('scope-help:'.length)));
    await expect.poll(explained).toEqual(c.offered);
    await presetButton(env.page, c.preset).click();
    await env.page.getByRole('button', { name: c.choice, exact: true }).click();
    const submission = await submitForm(env.page, env.sim, c.submit);
    expect([...submission.scopes].sort()).toEqual([...c.scopes].sort());
    expect(submission.name).toBe(`${c.preset} – ${utcDate()}`);
    expect(submission.expires_at).toBe(utcDate(c.days));
    if (c.role) expect(submission.access_level).toBe(c.role);
    expect(env.browser.errors).toEqual([]);
  });
});
