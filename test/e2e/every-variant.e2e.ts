import { describe, expect, test } from 'vitest';
import type { VariantId } from '../simulator/pages';
import { useSimulatedGitLab } from './browser';
import { openVariant, presetButton, submitForm, utcDate } from './helpers';

const env = useSimulatedGitLab();

interface Case {
  variant: VariantId;
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
    preset: 'Read-only API',
    scopes: ['read_api'],
    choice: '1 year',
    days: 365,
    openForm: false,
    submit: HAML_SUBMIT,
  },
  {
    variant: 'v15',
    preset: 'Git push',
    scopes: ['write_repository'],
    choice: '90 days',
    days: 90,
    openForm: false,
    submit: HAML_SUBMIT,
  },
  {
    variant: 'v17',
    preset: 'GitLab CLI (glab)',
    scopes: ['api', 'write_repository'],
    choice: '7 days',
    days: 7,
    openForm: true,
    submit: HAML_SUBMIT,
  },
  {
    variant: 'v18',
    preset: 'Kubernetes agent',
    scopes: ['k8s_proxy'],
    choice: '90 days',
    days: 90,
    openForm: true,
    submit: VUE_SUBMIT,
  },
  {
    variant: 'v18-root',
    preset: 'DeepTraQ',
    scopes: ['read_user', 'read_repository'],
    choice: '7 days',
    days: 7,
    openForm: true,
    submit: VUE_SUBMIT,
  },
  {
    variant: 'v19-legacy',
    preset: 'Container registry pull',
    scopes: ['read_registry'],
    choice: '30 days',
    days: 30,
    openForm: false,
    submit: VUE_SUBMIT,
  },
  {
    variant: 'project',
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
    // Explanations next to every scope of the form.
    const scopeCount = await env.page.locator('form input[type=checkbox]').count();
    await expect.poll(() => env.page.locator('[data-scopewise^="scope-help:"]').count()).toBe(scopeCount);
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
