import { i18n } from '#i18n';
import { PresetNote } from '@/components/PresetNote';
import { describeBuiltin, evidenceSentence, fineGrainedRemark } from '@/components/preset-text';
import { ACCESS_LEVELS } from '@/utils/catalog/roles';
import type { Preset } from '@/utils/catalog/schema';
import { presetFeature } from '@/utils/content-script/presets';
import { expiryForLifetime, utcToday } from '@/utils/dates';
import { fillFromPreset, setExpiryDate } from '@/utils/gitlab/fields';
import {
  type LegacyForm,
  scopeListEdges,
  scopesFormHolds,
  setMinimumRole,
  setScopes,
} from '@/utils/gitlab/legacy-form';
import { hasLegacyForm, type TokenOwner } from '@/utils/gitlab/page';
import { visiblePresets } from '@/utils/presets';
import type { LegacyFormContext } from '../context';

export function unavailableReason(preset: Preset, form: LegacyForm, owner: TokenOwner): string | undefined {
  const missing = preset.scopes.filter((scope) => !form.scopes.has(scope));
  if (missing.length === 0) return undefined;
  const scopes = missing.join(', ');
  return owner !== 'personal' && missing.includes('read_user')
    ? i18n.t('presetBar.unavailableReadUser', { scopes })
    : i18n.t('presetBar.unavailable', { scopes });
}

/** Why the grouped selector holds fewer scopes than the preset lists, if it does. */
export function scopeAdjustment(preset: Preset, scopes: readonly string[]): string | undefined {
  const dropped = preset.scopes.filter((scope) => !scopes.includes(scope));
  if (dropped.length === 0) return undefined;
  return i18n.t('presetBar.apiAlone', { scopes: dropped.join(', ') });
}

/**
 * Sets exactly the preset's scopes (as this form can hold them), then name, description, expiry and
 * (project/group) role. Every form but the grouped selector is done when this returns; that one
 * changes one box per task, and a newer preset takes over from an older one still under way.
 */
export async function applyPreset(preset: Preset, context: LegacyFormContext): Promise<void> {
  const { form, state, bounds, now, page } = context;
  const run = (state.presetRun ?? 0) + 1;
  const scopes = scopesFormHolds(form, preset.scopes);
  // Only the grouped selector takes more than this task; the others are done before the first refresh.
  Object.assign(state, { presetRun: run, preset, presetScopes: scopes, applying: form.grouped });
  const scopesSet = setScopes(form, scopes, () => state.presetRun === run);
  fillFromPreset(form, preset, utcToday(now()), state);
  if (form.expiry) setExpiryDate(form.expiry, expiryForLifetime(preset.lifetimeDays, bounds, now()));
  if (form.role && page.owner !== 'personal') setMinimumRole(form.role, ACCESS_LEVELS[preset.role]);
  await scopesSet;
  if (state.presetRun === run) state.applying = false;
}

/** The least-privilege preset bar above the scope list, with the applied preset's note under it. */
export const presets = presetFeature<LegacyFormContext, Preset>({
  runsOn: hasLegacyForm,
  choices: ({ form, settings, page }) =>
    visiblePresets(settings, describeBuiltin).map((preset) => ({
      preset,
      description: preset.description,
      grants: preset.scopes,
      evidence: evidenceSentence(preset),
      // Personal tokens only: project and group tokens have no fine-grained kind.
      remark: page.owner === 'personal' ? fineGrainedRemark(preset.id) : undefined,
      unavailable: unavailableReason(preset, form, page.owner),
    })),
  pending({ form, page, pendingPresetId, pendingRecreate }, offered) {
    // Arrived from Scopewise's 19.x preset menu (GitLab prefilled name and scopes; add the
    // expiry) or from the popup's Recreate of a project or group token (its own fields).
    const pending = pendingRecreate ?? offered.find((preset) => preset.id === pendingPresetId);
    return pending && !unavailableReason(pending, form, page.owner) ? pending : undefined;
  },
  apply: applyPreset,
  anchor({ form }) {
    const { first, firstPlacement } = scopeListEdges(form);
    return { anchor: first, placement: firstPlacement };
  },
  outcome: ({ state, page }) =>
    state.preset &&
    !state.applying && (
      <PresetNote
        preset={state.preset}
        scopes={state.presetScopes ?? state.preset.scopes}
        adjustment={scopeAdjustment(state.preset, state.presetScopes ?? state.preset.scopes)}
        remark={page.owner === 'personal' ? fineGrainedRemark(state.preset.id) : undefined}
      />
    ),
});
