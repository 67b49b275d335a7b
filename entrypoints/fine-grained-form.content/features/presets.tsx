import { i18n } from '#i18n';
import { evidenceSentence, fineGrainedNote, presetDescription } from '@/components/preset-text';
import { FINE_GRAINED_PRESETS, presetPermissions } from '@/utils/catalog/fine-grained-presets';
import type { FineGrainedPreset } from '@/utils/catalog/schema';
import { presetFeature } from '@/utils/content-script/presets';
import { expiryForLifetime, utcToday } from '@/utils/dates';
import { fillFromPreset } from '@/utils/gitlab/fields';
import { accessSection, applyPermissionPlan, BOUNDARIES, setFineGrainedExpiry } from '@/utils/gitlab/fine-grained-form';
import { isFineGrainedForm } from '@/utils/gitlab/page';
import type { FineGrainedSelection } from '@/utils/permission-summary';
import { unhiddenPresets } from '@/utils/presets';
import { sameMembers } from '@/utils/same-members';
import type { FineGrainedContext } from '../context';

function holdsExactly(held: FineGrainedSelection['permissions'], preset: FineGrainedPreset): boolean {
  return BOUNDARIES.every((boundary) => sameMembers(preset.permissions[boundary] ?? [], held[boundary]));
}

/**
 * Fills name, description and expiry, then drives GitLab's own controls to exactly the preset's
 * access choice and permissions, one step per task, and reads the form back. The groups or
 * projects stay the user's to pick; "Generate token" stays the user's click.
 */
async function applyFineGrained(preset: FineGrainedPreset, context: FineGrainedContext): Promise<void> {
  const { form, state, bounds, now } = context;
  state.applying = preset.name;
  state.applied = undefined;
  state.message = undefined;
  try {
    fillFromPreset(form, { name: preset.name, description: presetDescription(preset.id) }, utcToday(now()), state);
    if (form.expiry) setFineGrainedExpiry(form.expiry, expiryForLifetime(preset.lifetimeDays, bounds, now()));
    const missing = await applyPermissionPlan(form, preset);
    if (missing.length === 0) {
      state.applied = preset;
      const applied = i18n.t('presetBar.appliedPermissions', {
        name: preset.name,
        permissions: presetPermissions(preset).join(', '),
      });
      state.message = `${applied} ${evidenceSentence(preset)} ${fineGrainedNote(preset.id)}`;
    } else {
      state.message = i18n.t('presetBar.partlyApplied', { name: preset.name, permissions: missing.join(', ') });
    }
  } catch (error) {
    state.message = i18n.t('presetBar.failed', {
      name: preset.name,
      error: error instanceof Error ? error.message : String(error),
    });
  } finally {
    state.applying = undefined;
  }
}

/** Least-privilege presets above "Group and project access", for integrations that fine-grained tokens serve. */
export const presets = presetFeature<FineGrainedContext, FineGrainedPreset>({
  runsOn: isFineGrainedForm,
  choices: ({ settings }) =>
    unhiddenPresets(FINE_GRAINED_PRESETS, settings.hiddenPresetIds).map((preset) => ({
      preset,
      description: presetDescription(preset.id),
      grants: presetPermissions(preset),
      evidence: evidenceSentence(preset),
      remark: fineGrainedNote(preset.id),
    })),
  // Arrived from Scopewise's menu on the token list.
  pending: ({ pendingPresetId }, offered) => offered.find((preset) => preset.id === pendingPresetId),
  // One preset at a time: the form is driven step by step.
  apply: (preset, context) => (context.state.applying ? Promise.resolve() : applyFineGrained(preset, context)),
  anchor: ({ form }) => ({ anchor: accessSection(form), placement: 'before' }),
  outcome({ state, selection }) {
    if (state.applied && !holdsExactly(selection.permissions, state.applied)) {
      // The user changed the permissions since: the preset's note no longer describes the form.
      state.applied = undefined;
      state.message = undefined;
    }
    return (
      <p class="sw-preset-note" aria-live="polite">
        {state.applying ? i18n.t('presetBar.applying', { name: state.applying }) : (state.message ?? '')}
      </p>
    );
  },
});
