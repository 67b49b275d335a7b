import type { Catalog } from '@/utils/content-script/engine';
import { findTokenForm, type TokenForm } from '@/utils/gitlab/token-form';
import type { FormState, TokenFormContext } from './context';
import { expiry } from './features/expiry';
import { presetMenu } from './features/preset-menu';
import { presets } from './features/presets';
import { scopeHelp } from './features/scope-help';
import { scopeSummary } from './features/scope-summary';

/** The legacy scope forms' features, and the 19.x token list's preset menu. */
export const TOKEN_FORM_CATALOG: Catalog<TokenForm, FormState, TokenFormContext> = {
  findForm: findTokenForm,
  formContext: (context) => context,
  formFeatures: [scopeHelp, presets, expiry, scopeSummary],
  pageFeatures: [presetMenu],
};
