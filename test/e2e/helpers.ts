import type { BrowserContext, Page } from 'playwright-core';
import type { VariantId } from '../simulator/pages';
import { VARIANTS } from '../simulator/pages';
import type { Simulator, Submission } from '../simulator/server';

export const GITLAB = 'https://gitlab.com';

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
export async function nextSubmission(sim: Simulator, count: number, timeoutMs = 10_000): Promise<Submission> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const submission = sim.submissions[count];
    if (submission) return submission;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The form submitted nothing to the simulator.');
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

/** Signs `userId` in to the simulated gitlab.com: the session cookie the popup's session mode uses. */
export async function signInToGitLab(context: BrowserContext, sim: Simulator, userId = 1): Promise<void> {
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
