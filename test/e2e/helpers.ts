import type { BrowserContext, Page } from 'playwright-core';
import type { VariantId } from '../simulator/pages';
import { VARIANTS } from '../simulator/pages';
import type { Simulator, Submission } from '../simulator/server';
import { until } from '../wait';

export const GITLAB = 'https://gitlab.com';

/** Signs `userId` in to the simulated gitlab.com in this browser: GitLab's session cookie, as a sign-in sets it. */
export async function signIn(context: BrowserContext, sim: Simulator, userId = 1): Promise<void> {
  const sid = sim.api.signIn(userId);
  await context.addCookies([
    {
      name: '_gitlab_session',
      value: sid,
      domain: 'gitlab.com',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
}

/** Today and today+N as UTC calendar dates, the way GitLab's server counts. */
export function utcDate(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export async function openVariant(
  context: BrowserContext,
  page: Page,
  variant: VariantId,
  { query = '', hash = '' }: { query?: string; hash?: string } = {},
): Promise<void> {
  await context.addCookies([{ name: 'sim_variant', value: variant, domain: 'gitlab.com', path: '/', secure: true }]);
  await page.goto(`${GITLAB}${VARIANTS[variant].path}${query}${hash}`);
}

/** Waits for the simulator to record the next submission after `count` earlier ones. */
export function nextSubmission(sim: Simulator, count: number, timeout = 10_000): Promise<Submission> {
  return until(() => sim.submissions[count], 'a submission to the simulator', { timeout, interval: 25 });
}

/** The project the fine-grained tests pick under "Group or project" (the simulator's). */
export const PICKED_PROJECT = 'gid://gitlab/Project/7';

/** Opens GitLab 19.2's fine-grained form and waits for its permission tree. */
export async function openFineGrained(env: { browser: { context: BrowserContext }; page: Page }): Promise<void> {
  await openVariant(env.browser.context, env.page, 'v19-granular');
  await env.page.locator('[data-testid="resource-tree"]').waitFor();
}

/** What only the user does on the fine-grained form: pick a project (Scopewise leaves that to them), then "Generate token". */
export async function pickProjectAndGenerate(page: Page, sim: Simulator): Promise<Submission> {
  if ((await page.locator('[data-testid="selected-namespaces"]').count()) === 0) {
    await page.getByRole('button', { name: 'Add group or project' }).click();
    await page.locator(`[data-testid="listbox-item-${PICKED_PROJECT}"]`).click();
  }
  const before = sim.submissions.length;
  await page.getByRole('button', { name: 'Generate token', exact: true }).click();
  const submission = await nextSubmission(sim, before);
  await page.getByText('Your new token has been created').waitFor();
  return submission;
}

export async function submitForm(
  page: Page,
  sim: Simulator,
  submitSelector = 'form [type=submit]',
): Promise<Submission> {
  const before = sim.submissions.length;
  await page.locator(submitSelector).first().click();
  return nextSubmission(sim, before);
}

export function presetButton(page: Page, name: string) {
  // The accessible name is the preset's name followed by its scopes.
  const escaped = name.replace(/[()/.*+?[\]{}|^$\\]/g, '\\$&');
  return page.getByRole('button', { name: new RegExp(`^${escaped} [a-z_]+`) });
}

/**
 * The last day GitLab stores through a Vue form whose maximum is now + `maxDays`, computed the way
 * GitLab does: `setUTCTime` of the maximum (its UTC date at 00:00 UTC), which Pikaday clamps to the
 * local start of that day; the legacy forms send that local date, the fine-grained form (`'fine-grained'`)
 * its local midnight as an instant, whose UTC date GitLab stores.
 */
/**
 * The last day a form's datepicker accepts for a maximum `maxDays` from now, as the date the form
 * sends: the Vue forms pass the maximum's UTC date at 00:00 UTC (`setUTCTime`), the HAML pages'
 * field the instant itself, and Pikaday clamps to the local start of that day; the fine-grained
 * form sends that local midnight as an instant (its UTC date is what GitLab stores).
 */
export function lastStorableDay(page: Page, maxDays: number, form: 'vue' | 'haml' | 'fine-grained'): Promise<string> {
  return page.evaluate(
    ({ maxDays, form }) => {
      const max = new Date(Date.now() + maxDays * 86_400_000);
      if (form !== 'haml') max.setUTCHours(0, 0, 0, 0);
      const picked = new Date(max.getFullYear(), max.getMonth(), max.getDate());
      if (form === 'fine-grained') return picked.toISOString().slice(0, 10);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${picked.getFullYear()}-${pad(picked.getMonth() + 1)}-${pad(picked.getDate())}`;
    },
    { maxDays, form },
  );
}

/**
 * Scopewise's content scripts live in `page`'s current document (their paths in the build), asked
 * once the page has loaded. Each of them runs at document_start, before the page's first script,
 * so after the load event none can still come: an empty list is final, with no guessed delay, and
 * with no script there is nothing that could add Scopewise's UI or styles later. (Its CSS comes with
 * its JS: every content-script entry has both.) Chromium's debugger lists the document's live
 * execution contexts, an extension's isolated world having the extension's origin, and every script
 * compiled in them. A world alone proves nothing: Chromium re-creates an empty one in a tab whose
 * previous document had a content script.
 */
export async function scopewiseScripts(page: Page, extensionId: string): Promise<string[]> {
  await page.waitForLoadState('load');
  const extension = `chrome-extension://${extensionId}/`;
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Set<number>();
  const scripts: { world: number; url: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (`${context.origin}/` === extension) worlds.add(context.id);
  });
  cdp.on('Debugger.scriptParsed', ({ executionContextId, url }) => scripts.push({ world: executionContextId, url }));
  try {
    // Both report what already exists before they answer: the live contexts, the compiled scripts
    // (those of earlier documents too, hence the filter on the live worlds).
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
  } finally {
    await cdp.detach();
  }
  const found = scripts.filter(({ world, url }) => worlds.has(world) && url.startsWith(extension));
  return [...new Set(found.map(({ url }) => url.slice(extension.length)))].sort();
}
