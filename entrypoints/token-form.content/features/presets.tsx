import { PresetBar, type PresetChoice } from '@/components/PresetBar';
import { PresetNote } from '@/components/PresetNote';
import { fineGrainedVerdict } from '@/utils/catalog/fine-grained-presets';
import { ACCESS_LEVELS } from '@/utils/catalog/roles';
import type { Preset } from '@/utils/catalog/schema';
import { expiryForLifetime, utcToday } from '@/utils/dates';
import { evidenceSentence } from '@/utils/evidence';
import { fillFromPreset, setExpiryDate } from '@/utils/gitlab/fields';
import { hasLegacyForm, type TokenOwner } from '@/utils/gitlab/page';
import { scopeListEdges, scopesFormHolds, setMinimumRole, setScopes, type TokenForm } from '@/utils/gitlab/token-form';
import { visiblePresets } from '@/utils/presets';
import type { FormFeature, TokenFormContext } from '../context';

export function unavailableReason(preset: Preset, form: TokenForm, owner: TokenOwner): string | undefined {
  const missing = preset.scopes.filter((scope) => !form.scopes.has(scope));
  if (missing.length === 0) return undefined;
  const why =
    owner !== 'personal' && missing.includes('read_user')
      ? ' (project and group tokens cannot have read_user)'
      : ' (an older GitLab, or a feature this instance has turned off)';
  return `Not available here: this form does not offer ${missing.join(', ')}${why}.`;
}

/** Why the grouped selector holds fewer scopes than the preset lists, if it does. */
export function scopeAdjustment(preset: Preset, scopes: readonly string[]): string | undefined {
  const dropped = preset.scopes.filter((scope) => !scopes.includes(scope));
  if (dropped.length === 0) return undefined;
  return `This form sends api alone: api covers ${dropped.join(', ')}, and GitLab unchecks and disables every other scope when api is checked.`;
}

/**
 * Sets exactly the preset's scopes (as this form can hold them), then name, description, expiry and
 * (project/group) role. Every form but the grouped selector is done when this returns; that one
 * changes one box per task, and a newer preset takes over from an older one still under way.
 */
export async function applyPreset(preset: Preset, context: TokenFormContext): Promise<void> {
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

/** The least-privilege preset bar above the scope list. */
export const presets: FormFeature = {
  id: 'presets',
  runsOn: hasLegacyForm,
  apply(context) {
    const { form, state, settings, page, mount, pendingPresetId, pendingRecreate, refresh } = context;
    const available = visiblePresets(settings);
    if (!state.initialised && (pendingPresetId || pendingRecreate)) {
      // Arrived from Scopewise's 19.x preset menu (GitLab prefilled name and scopes; add the
      // expiry) or from the popup's Recreate of a project or group token (its own fields).
      const pending = pendingRecreate ?? available.find((preset) => preset.id === pendingPresetId);
      if (pending && !unavailableReason(pending, form, page.owner)) void applyPreset(pending, context).then(refresh);
      state.initialised = true;
    }
    const choices: PresetChoice<Preset>[] = available.map((preset) => ({
      preset,
      grants: preset.scopes,
      evidence: evidenceSentence(preset.evidence),
      // Personal tokens only: project and group tokens have no fine-grained kind.
      remark: page.owner === 'personal' ? fineGrainedVerdict(preset.id) : undefined,
      unavailable: unavailableReason(preset, form, page.owner),
    }));
    const { first, firstPlacement } = scopeListEdges(form);
    mount(
      'presets',
      first,
      firstPlacement,
      <div>
        <PresetBar
          choices={choices}
          query={state.presetQuery ?? ''}
          onQuery={(query) => {
            state.presetQuery = query;
            refresh();
          }}
          onApply={(preset) => {
            const applied = applyPreset(preset, context);
            refresh();
            void applied.then(refresh);
          }}
        />
        {state.preset && !state.applying && (
          <PresetNote
            preset={state.preset}
            scopes={state.presetScopes ?? state.preset.scopes}
            adjustment={scopeAdjustment(state.preset, state.presetScopes ?? state.preset.scopes)}
            remark={page.owner === 'personal' ? fineGrainedVerdict(state.preset.id) : undefined}
          />
        )}
      </div>,
    );
  },
};
