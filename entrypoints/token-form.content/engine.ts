import { createFeatureRunner } from '@/utils/content-script/runner';
import { findTokenForm } from '@/utils/gitlab/token-form';
import type { FormFeature, FormState, PageContext, PageFeature } from './context';
import { expiry } from './features/expiry';
import { presetMenu } from './features/preset-menu';
import { presets } from './features/presets';
import { scopeHelp } from './features/scope-help';
import { scopeSummary } from './features/scope-summary';

/** Order matters: presets may apply a pending preset before expiry applies the default lifetime. */
export const FORM_FEATURES: readonly FormFeature[] = [scopeHelp, presets, expiry, scopeSummary];
export const PAGE_FEATURES: readonly PageFeature[] = [presetMenu];

/**
 * Runs every feature that applies to the page as it is now. Each feature is isolated: one that
 * throws is logged (debug mode) and the others still run.
 */
export function createDecorator(context: Omit<PageContext, 'refresh'>) {
  const states = new WeakMap<HTMLFormElement, FormState>();
  const run = createFeatureRunner(context.debug);
  const decorate = (): void => {
    const pageContext: PageContext = { ...context, refresh: decorate };
    const form = findTokenForm(document);
    if (!form) {
      for (const feature of PAGE_FEATURES) run(feature.id, () => feature.apply(pageContext));
      return;
    }
    let state = states.get(form.form);
    if (!state) {
      state = {};
      states.set(form.form, state);
    }
    const formContext = { ...pageContext, form, state };
    for (const feature of FORM_FEATURES) run(feature.id, () => feature.apply(formContext));
  };
  return decorate;
}
