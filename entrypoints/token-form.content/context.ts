import type { Preset } from '@/utils/catalog/schema';
import type { PageBase } from '@/utils/content-script/runner';
import type { TokenForm } from '@/utils/gitlab/token-form';

/** What Scopewise remembers about one GitLab form element (a new element starts afresh). */
export interface FormState {
  /** The preset the user applied last, while the scopes still match it. */
  preset?: Preset;
  /** The scopes Scopewise set for it: the preset's, or `api` alone on the grouped selector. */
  presetScopes?: string[];
  /** Which application of a preset is the latest (an older one still under way stops). */
  presetRun?: number;
  /** A preset's scopes are still being set, one per task on the grouped selector. */
  applying?: boolean;
  /** Values Scopewise filled, so that a second preset may replace them but never the user's own text. */
  filledName?: string;
  filledDescription?: string;
  /** The preset filter's text. */
  presetQuery?: string;
  /** A pending preset was applied to this form already. */
  initialised?: boolean;
  /** The expiry field that got the default lifetime (GitLab may replace the field when its picker mounts). */
  defaultedExpiry?: HTMLInputElement;
}

export interface PageContext extends PageBase {
  /** Re-runs every feature (after Scopewise changed the form itself). */
  refresh: () => void;
}

export interface FormContext extends PageContext {
  form: TokenForm;
  state: FormState;
}

/** A form feature: `apply` runs after every change to the page and must be idempotent. */
export interface FormFeature {
  id: string;
  apply(context: FormContext): void;
}

export interface PageFeature {
  id: string;
  apply(context: PageContext): void;
}
