import type { FineGrainedPreset } from '@/utils/catalog/schema';
import type { Feature, FormContext } from '@/utils/content-script/engine';
import type { ExpiryState } from '@/utils/content-script/expiry';
import type { PresetState } from '@/utils/content-script/presets';
import type { FineGrainedForm } from '@/utils/gitlab/fine-grained-form';
import type { FineGrainedSelection } from '@/utils/permission-summary';

/** What Scopewise remembers about one fine-grained form element (a new element starts afresh). */
export interface FineGrainedState extends ExpiryState, PresetState {
  /** The preset the user applied last, while the form still holds exactly its permissions. */
  applied?: FineGrainedPreset;
  /** A preset being applied now (the form is driven step by step). */
  applying?: string;
  /** The outcome of the last preset, for the user: what is left to do, or what did not apply. */
  message?: string;
  /** GitLab's own default, left as it was because GitLab already stores the wanted date from it. */
  keptDefault?: { shown: string; stored: string };
}

export interface FineGrainedContext extends FormContext<FineGrainedForm, FineGrainedState> {
  /** What the form holds at the start of this pass, read once for every feature. */
  selection: FineGrainedSelection;
}

export type FineGrainedFeature = Feature<FineGrainedContext>;
