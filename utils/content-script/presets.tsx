import type { ComponentChild } from 'preact';
import { PresetBar, type PresetChoice, type PresetSummary } from '@/components/PresetBar';
import type { FilledFields } from '../gitlab/fields';
import type { TokenPage } from '../gitlab/page';
import type { Feature, FormContext } from './engine';
import type { Placement } from './mount';

/** What the preset feature of either form remembers about a form. */
export interface PresetState extends FilledFields {
  /** The preset filter's text. */
  presetQuery?: string;
  /** A pending preset (from the 19.x menu, or the popup's Recreate) was handled already. */
  initialised?: boolean;
}

/** What differs between the forms' preset features: their presets, and how a preset gets onto the form. */
export interface PresetForm<Context, P extends PresetSummary> {
  runsOn: (page: TokenPage) => boolean;
  /** The presets the bar offers, each with what the button shows. */
  choices: (context: Context) => PresetChoice<P>[];
  /** The preset to apply on arrival (from the 19.x menu, or the popup's Recreate), if any and usable here. */
  pending: (context: Context, offered: readonly P[]) => P | undefined;
  /** Fills the form from the preset; done when the form holds it (or the preset gave way to a newer one). */
  apply: (preset: P, context: Context) => Promise<void>;
  /** Where the bar goes. */
  anchor: (context: Context) => { anchor: Element; placement: Placement };
  /**
   * What the bar says under its buttons: the last preset's outcome, dropped first where the form no
   * longer holds the preset.
   */
  outcome: (context: Context) => ComponentChild;
}

/** The least-privilege preset bar of a token form: a filter, one button per preset, the last preset's note. */
export function presetFeature<Context extends FormContext<unknown, PresetState>, P extends PresetSummary>(
  form: PresetForm<Context, P>,
): Feature<Context> {
  return {
    id: 'presets',
    runsOn: form.runsOn,
    apply(context) {
      const { state, mount, refresh } = context;
      const choices = form.choices(context);
      if (!state.initialised) {
        state.initialised = true;
        const pending = form.pending(
          context,
          choices.map((choice) => choice.preset),
        );
        // Inside this pass: the bar below shows the preset under way, the end refreshes.
        if (pending) void form.apply(pending, context).then(refresh);
      }
      const { anchor, placement } = form.anchor(context);
      mount(
        'presets',
        anchor,
        placement,
        <div>
          <PresetBar
            choices={choices}
            query={state.presetQuery ?? ''}
            onQuery={(query) => {
              state.presetQuery = query;
              refresh();
            }}
            onApply={(preset) => {
              const applied = form.apply(preset, context);
              refresh();
              void applied.then(refresh);
            }}
          />
          {form.outcome(context)}
        </div>,
      );
    },
  };
}
