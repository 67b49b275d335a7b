import type { Catalog } from '@/utils/content-script/engine';
import {
  type FineGrainedForm,
  findFineGrainedForm,
  readSelection,
  storableBounds,
} from '@/utils/gitlab/fine-grained-form';
import type { FineGrainedContext, FineGrainedState } from './context';
import { expiry } from './features/expiry';
import { permissionHelp } from './features/permission-help';
import { presets } from './features/presets';
import { summary } from './features/summary';

/** The fine-grained form's features. */
export const FINE_GRAINED_FORM_CATALOG: Catalog<FineGrainedForm, FineGrainedState, FineGrainedContext> = {
  findForm: findFineGrainedForm,
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
