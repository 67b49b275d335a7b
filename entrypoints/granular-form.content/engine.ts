import { createFeatureRunner, type PageBase } from '@/utils/content-script/runner';
import { findGranularForm, readSelection, storableBounds } from '@/utils/gitlab/granular-form';
import type { GranularFeature, GranularState } from './context';
import { expiry } from './features/expiry';
import { permissionHelp } from './features/permission-help';
import { presets } from './features/presets';
import { summary } from './features/summary';

/** Order matters: presets may apply a pending preset before expiry applies the default lifetime. */
export const GRANULAR_FEATURES: readonly GranularFeature[] = [permissionHelp, presets, expiry, summary];

/** Runs every feature on the fine-grained form as it is now, each isolated from the others. */
export function createGranularDecorator(base: PageBase): () => void {
  const states = new WeakMap<HTMLFormElement, GranularState>();
  // Every expiry Scopewise picks here is one GitLab can store through this form.
  const bounds = storableBounds(base.bounds);
  const run = createFeatureRunner(base.debug);
  const decorate = (): void => {
    const form = findGranularForm(document);
    if (!form) {
      base.debug('fine-grained form: not (yet) on this page');
      return;
    }
    let state = states.get(form.form);
    if (!state) {
      state = {};
      states.set(form.form, state);
    }
    const context = { ...base, bounds, form, state, selection: readSelection(form), refresh: decorate };
    for (const feature of GRANULAR_FEATURES) run(feature.id, () => feature.apply(context));
  };
  return decorate;
}
