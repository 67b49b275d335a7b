import { afterEach, describe, expect, test } from 'vitest';
import { SCOPES } from '../../utils/catalog/scopes';
import { FAKE_CREATED_TOKEN, VARIANTS } from '../simulator/pages';
import { OFFERED_SCOPES } from '../simulator/scopes';
import { useSimulatedGitLab } from './browser';
import { openVariant, presetButton, scopewiseScripts, submitForm, utcDate } from './helpers';

const env = useSimulatedGitLab();

// Each test answers for the page errors raised while it ran (taken, so that one error fails one test).
afterEach(() => {
  expect(env.browser.errors.splice(0)).toEqual([]);
});

const RISK_LABEL = /^(Critical|High|Medium|Low|Unknown) risk$/;

async function expectScopeHelp(scopes: readonly string[]) {
  for (const scope of scopes) {
    const help = env.page.locator(`[data-scopewise="scope-help:${scope}"]`);
    await expect.poll(() => help.count(), { message: `help for ${scope}` }).toBe(1);
    await expect.poll(() => help.locator('.sw-risk').textContent()).toMatch(RISK_LABEL);
  }
}

describe('GitLab 14.x (HAML, plain POST, no expiry default)', () => {
  test('explains every scope and fills the default lifetime', async () => {
    await openVariant(env.browser.context, env.page, 'v14');
    await expectScopeHelp(OFFERED_SCOPES.v14);
    await expect.poll(() => env.page.inputValue('#personal_access_token_expires_at')).toBe(utcDate(30));
    const known = new Map(SCOPES.map((scope) => [scope.id, scope.risk]));
    expect(await env.page.locator('[data-scopewise="scope-help:api"] .sw-risk').textContent()).toBe('Critical risk');
    expect(known.get('read_user')).toBe('low');
    expect(await env.page.locator('[data-scopewise="scope-help:read_user"] .sw-risk').textContent()).toBe('Low risk');
  });

  test('a preset leads to exactly its scopes, name and expiry being submitted', async () => {
    await openVariant(env.browser.context, env.page, 'v14');
    await env.page.locator('#personal_access_token_scopes_api').check();
    await presetButton(env.page, 'Git clone / pull').click();
    const submission = await submitForm(env.page, env.sim);
    expect(submission.scopes).toEqual(['read_repository']);
    expect(submission.name).toBe(`Git clone / pull – ${utcDate()}`);
    expect(submission.expires_at).toBe(utcDate(90));
  });

  test('the page showing the just-created token is decorated and the token left alone', async () => {
    // After the POST, GitLab 14.x redirects to the index showing the new token.
    await openVariant(env.browser.context, env.page, 'v14');
    await presetButton(env.page, 'Read-only API').click();
    await submitForm(env.page, env.sim);
    await env.page.waitForSelector('#created-personal-access-token');
    await expectScopeHelp(OFFERED_SCOPES.v14);
    expect(await env.page.inputValue('#created-personal-access-token')).toBe(FAKE_CREATED_TOKEN);
    expect(await env.page.getAttribute('[data-clipboard-text]', 'data-clipboard-text')).toBe(FAKE_CREATED_TOKEN);
    expect(await env.page.locator('.created-personal-access-token-container [data-scopewise]').count()).toBe(0);
    // Presets needing a scope 14.x does not have are disabled, with the reason.
    const k8s = presetButton(env.page, 'Kubernetes agent');
    expect(await k8s.getAttribute('aria-disabled')).toBe('true');
    expect(await k8s.getAttribute('title')).toContain('k8s_proxy');
  });
});

describe('GitLab 15.x (AJAX form, 30-day default)', () => {
  test('registry push preset and a quick choice are submitted', async () => {
    await openVariant(env.browser.context, env.page, 'v15');
    await expectScopeHelp(OFFERED_SCOPES.v15);
    await presetButton(env.page, 'Container registry push').click();
    await env.page.getByRole('button', { name: '7 days', exact: true }).click();
    const submission = await submitForm(env.page, env.sim);
    expect(submission.scopes).toEqual(['read_registry', 'write_registry']);
    expect(submission.expires_at).toBe(utcDate(7));
    expect(submission.name).toBe(`Container registry push – ${utcDate()}`);
    // GitLab shows the new token; Scopewise never touches it.
    await env.page.waitForSelector('#new-access-token');
    expect(await env.page.inputValue('#new-access-token')).toBe(FAKE_CREATED_TOKEN);
    expect(await env.page.locator('[data-testid="access-token-section"] [data-scopewise]').count()).toBe(0);
  });
});

describe('GitLab 17.x (form hidden in a card, description)', () => {
  test('decorates the hidden form; Renovate fills scopes, name and description', async () => {
    await openVariant(env.browser.context, env.page, 'v17');
    await expectScopeHelp(OFFERED_SCOPES.v17);
    await env.page.getByTestId('add-new-token-button').click();
    await presetButton(env.page, 'Renovate').click();
    const status = env.page.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('Critical risk');
    const submission = await submitForm(env.page, env.sim);
    expect(submission.scopes).toEqual(['api']);
    expect(submission.description).toBe('Renovate bot: dependency update merge requests.');
    expect(submission.expires_at).toBe(utcDate(90));
  });

  test('the live summary warns about api and admin scopes', async () => {
    await openVariant(env.browser.context, env.page, 'v17');
    await env.page.getByTestId('add-new-token-button').click();
    const status = env.page.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('No scopes selected');
    await env.page.locator('#personal_access_token_scopes_api').check();
    await expect.poll(() => status.textContent()).toContain('read_api is enough');
    await env.page.locator('#personal_access_token_scopes_sudo').check();
    await expect.poll(() => status.textContent()).toContain('sudo is an administrator scope');
    await env.page.locator('#personal_access_token_scopes_api').uncheck();
    await env.page.locator('#personal_access_token_scopes_sudo').uncheck();
    await env.page.locator('#personal_access_token_scopes_write_registry').check();
    await expect.poll(() => status.textContent()).toContain('also needs read_registry');
  });
});

describe('GitLab 18.x (Vue app, form inserted on "Add new token")', () => {
  test('decorates the form when it appears, once, and again after it is re-inserted', async () => {
    await openVariant(env.browser.context, env.page, 'v18');
    await env.page.getByTestId('add-new-token-button').click();
    await expectScopeHelp(OFFERED_SCOPES.v18);
    await presetButton(env.page, 'JetBrains IDE').click();
    await env.page.getByRole('button', { name: '1 year', exact: true }).click();
    const submission = await submitForm(env.page, env.sim, '[data-testid="create-token-button"]');
    expect(submission.contentType).toContain('application/json');
    expect(submission.scopes).toEqual(['api', 'read_user']);
    expect(submission.name).toBe(`JetBrains IDE – ${utcDate()}`);
    expect(submission.description).toBe('JetBrains IDE GitLab integration.');
    // The instance policy caps lifetimes at 180 days: "1 year" respects it.
    expect(submission.expires_at).toBe(utcDate(180));
    // GitLab removes the form after create and shows the token; Scopewise leaves the token alone.
    await env.page.waitForSelector('[data-testid="created-access-token-field"]');
    expect(await env.page.locator('#token-create-form').count()).toBe(0);
    expect(await env.page.inputValue('[data-testid="created-access-token-field"]')).toBe(FAKE_CREATED_TOKEN);
    await env.page.getByTestId('add-new-token-button').click();
    await expectScopeHelp(OFFERED_SCOPES.v18);
    expect(await env.page.locator('[data-scopewise="presets"]').count()).toBe(1);
    expect(await env.page.locator('[data-scopewise="scope-summary"]').count()).toBe(1);
  });

  test('a value set by a quick choice reaches the Vue state (default lifetime otherwise)', async () => {
    await openVariant(env.browser.context, env.page, 'v18', { query: '?name=ci&scopes=read_api' });
    await expectScopeHelp(['read_api']);
    await env.page.getByRole('button', { name: '30 days', exact: true }).click();
    const submission = await submitForm(env.page, env.sim, '[data-testid="create-token-button"]');
    expect(submission.name).toBe('ci');
    expect(submission.scopes).toEqual(['read_api']);
    expect(submission.expires_at).toBe(utcDate(30));
  });

  test('Scopewise’s UI comes back when the page removes it', async () => {
    await openVariant(env.browser.context, env.page, 'v18');
    await env.page.getByTestId('add-new-token-button').click();
    await expect.poll(() => env.page.locator('[data-scopewise="presets"]').count()).toBe(1);
    // As a re-render of GitLab's form might: Scopewise's element disappears.
    await env.page.evaluate(() => document.querySelector('[data-scopewise="presets"]')?.remove());
    await expect.poll(() => env.page.locator('[data-scopewise="presets"]').count()).toBe(1);
  });

  test('works under a relative URL root', async () => {
    await openVariant(env.browser.context, env.page, 'v18-root');
    await env.page.getByTestId('add-new-token-button').click();
    await presetButton(env.page, 'Read-only API').click();
    const submission = await submitForm(env.page, env.sim, '[data-testid="create-token-button"]');
    expect(submission.path).toBe('/gitlab/-/user_settings/personal_access_tokens');
    expect(submission.scopes).toEqual(['read_api']);
    expect(submission.expires_at).toBe(utcDate(90));
  });
});

describe('GitLab 19.x (Generate token menu, legacy/new)', () => {
  test.each(['v19-index', 'v19-index-no-testid'] as const)(
    '%s: the Scopewise presets menu is next to "Generate token", with or without its test id',
    async (variant) => {
      await openVariant(env.browser.context, env.page, variant);
      const generate = env.page.getByRole('button', { name: 'Generate token' });
      await generate.waitFor();
      const menu = env.page.getByRole('button', { name: 'Scopewise presets' });
      await menu.click();
      await env.page.getByRole('link', { name: 'Git clone / pull', exact: true }).waitFor();
      // Right after GitLab's dropdown, in the CRUD header's actions.
      expect(
        await menu.evaluate(
          (button) => button.closest('[data-scopewise]')?.previousElementSibling?.querySelector('button')?.textContent,
        ),
      ).toContain('Generate token');
      expect(env.browser.errors).toEqual([]);
    },
  );

  test('the index offers preset links; legacy-only ones (Renovate) open the prefilled legacy form, where the expiry is applied', async () => {
    await openVariant(env.browser.context, env.page, 'v19-index');
    await env.page.getByRole('button', { name: 'Scopewise presets' }).click();
    const renovate = env.page.getByRole('link', { name: 'Renovate', exact: true });
    expect(await renovate.getAttribute('href')).toMatch(/\/legacy\/new\?.*scopes=api(&|$)/);
    await renovate.click();
    await env.page.waitForURL(/\/legacy\/new/);
    await expectScopeHelp(['api']);
    // An unknown (newer) scope gets "Unknown risk", never a crash.
    expect(await env.page.locator('[data-scopewise="scope-help:read_vulnerability"] .sw-risk').textContent()).toBe(
      'Unknown risk',
    );
    const submission = await submitForm(env.page, env.sim, '[data-testid="create-token-button"]');
    expect(submission.scopes).toEqual(['api']);
    expect(submission.name).toBe(`Renovate – ${utcDate()}`);
    expect(submission.description).toBe('Renovate bot: dependency update merge requests.');
    expect(submission.expires_at).toBe(utcDate(90));
    await env.page.waitForSelector('[data-testid="created-personal-access-token-field"]');
    expect(await env.page.inputValue('[data-testid="created-personal-access-token-field"]')).toBe(FAKE_CREATED_TOKEN);
  });
});

describe('project and group access tokens', () => {
  test('project: Git push picks Developer; presets needing read_user are disabled', async () => {
    await openVariant(env.browser.context, env.page, 'project');
    await expectScopeHelp(OFFERED_SCOPES.resource);
    await env.page.getByTestId('add-new-token-button').click();
    const deeptraq = presetButton(env.page, 'DeepTraQ');
    expect(await deeptraq.getAttribute('aria-disabled')).toBe('true');
    expect(await deeptraq.getAttribute('title')).toContain('read_user');
    await presetButton(env.page, 'Git push').click();
    const submission = await submitForm(env.page, env.sim);
    expect(submission.scopes).toEqual(['write_repository']);
    expect(submission.access_level).toBe('30');
    expect(submission.expires_at).toBe(utcDate(30));
    expect(submission.name).toBe(`Git push – ${utcDate()}`);
  });

  test('group: registry pull picks Reporter', async () => {
    await openVariant(env.browser.context, env.page, 'group');
    await env.page.getByTestId('add-new-token-button').click();
    await presetButton(env.page, 'Container registry pull').click();
    const submission = await submitForm(env.page, env.sim);
    expect(submission.scopes).toEqual(['read_registry']);
    expect(submission.access_level).toBe('20');
  });
});

describe('pages Scopewise must leave alone', () => {
  test('an unrelated GitLab page gets nothing', async () => {
    // The same check, on a token page in the same tab, sees Scopewise's script right after load.
    await openVariant(env.browser.context, env.page, 'v14');
    expect(await scopewiseScripts(env.page, env.browser.extensionId)).toEqual(['content-scripts/legacy-form.js']);
    await openVariant(env.browser.context, env.page, 'unrelated');
    expect(await scopewiseScripts(env.page, env.browser.extensionId)).toEqual([]);
  });
});

/**
 * Every page Scopewise works on, the element of Scopewise's that shows it has run there, and whether
 * GitLab's form must be opened first.
 */
const DECORATED = Object.values(VARIANTS)
  .filter(({ id }) => id !== 'unrelated')
  .map(({ id }) => ({
    variant: id,
    element: id.startsWith('v19-index') ? 'preset-menu' : 'presets',
    openForm: id === 'v18' || id === 'v18-root',
  }));

test('no page errors on any variant', async () => {
  for (const { variant, element, openForm } of DECORATED) {
    await openVariant(env.browser.context, env.page, variant);
    if (openForm) await env.page.getByTestId('add-new-token-button').click();
    // Attached, not visible: GitLab 17.x and the project and group pages keep the form in a closed card.
    await env.page.locator(`[data-scopewise="${element}"]`).waitFor({ state: 'attached' });
    expect(env.browser.errors, variant).toEqual([]);
  }
});
