import type { Preset } from '@/utils/catalog/schema';
import type { Feature, FormContext, PageContext } from '@/utils/content-script/engine';
import type { ExpiryState } from '@/utils/content-script/expiry';
import type { PresetState } from '@/utils/content-script/presets';
import type { LegacyForm } from '@/utils/gitlab/legacy-form';

/** What Scopewise remembers about one GitLab form element (a new element starts afresh). */
export interface LegacyFormState extends ExpiryState, PresetState {
  /** The preset the user applied last, while the scopes still match it. */
  preset?: Preset;
  /** The scopes Scopewise set for it: the preset's, or `api` alone on the grouped selector. */
  presetScopes?: string[];
  /** Which application of a preset is the latest (an older one still under way stops). */
  presetRun?: number;
  /** A preset's scopes are still being set, one per task on the grouped selector. */
  applying?: boolean;
}

export type LegacyFormContext = FormContext<LegacyForm, LegacyFormState>;
export type LegacyFormFeature = Feature<LegacyFormContext>;
export type PageFeature = Feature<PageContext>;
