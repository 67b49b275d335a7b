import type { Catalog } from '@/utils/content-script/engine';
import { findGranularForm, type GranularForm, readSelection, storableBounds } from '@/utils/gitlab/granular-form';
import type { GranularContext, GranularState } from './context';
import { expiry } from './features/expiry';
import { permissionHelp } from './features/permission-help';
import { presets } from './features/presets';
import { summary } from './features/summary';

/** The fine-grained form's features. */
export const GRANULAR_FORM_CATALOG: Catalog<GranularForm, GranularState, GranularContext> = {
  findForm: findGranularForm,
  formContext: (context) => ({
    ...context,
    // Every expiry Scopewise picks here is one GitLab can store through this form.
    bounds: storableBounds(context.bounds),
    selection: readSelection(context.form),
  }),
  formFeatures: [permissionHelp, presets, expiry, summary],
  pageFeatures: [],
  // GitLab's permission listboxes change only aria-selected when an option is picked (no change
  // event, no new nodes).
  watchedAttributes: ['aria-selected'],
};
