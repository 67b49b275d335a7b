import type { Catalog } from '@/utils/content-script/engine';
import { findLegacyForm, type LegacyForm } from '@/utils/gitlab/legacy-form';
import type { LegacyFormContext, LegacyFormState } from './context';
import { expiry } from './features/expiry';
import { presetMenu } from './features/preset-menu';
import { presets } from './features/presets';
import { scopeHelp } from './features/scope-help';
import { scopeSummary } from './features/scope-summary';

/** The legacy scope forms' features, and the 19.x token list's preset menu. */
export const LEGACY_FORM_CATALOG: Catalog<LegacyForm, LegacyFormState, LegacyFormContext> = {
  findForm: findLegacyForm,
  formContext: (context) => context,
  formFeatures: [scopeHelp, presets, expiry, scopeSummary],
  pageFeatures: [presetMenu],
};
