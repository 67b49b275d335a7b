import { PresetBar, type PresetChoice } from '@/components/PresetBar';
import { PresetNote } from '@/components/PresetNote';
import { fineGrainedVerdict } from '@/utils/catalog/fine-grained-presets';
import { ACCESS_LEVELS } from '@/utils/catalog/roles';
import type { Preset } from '@/utils/catalog/schema';
import { expiryForLifetime, utcToday } from '@/utils/dates';
import { evidenceSentence } from '@/utils/evidence';
import type { TokenOwner } from '@/utils/gitlab/page';
import { fillUnlessTyped, setExpiryDate, setMinimumRole, setScopes, type TokenForm } from '@/utils/gitlab/token-form';
import { visiblePresets } from '@/utils/presets';
import type { FormContext, FormFeature } from '../context';
import { scopeListEdges } from './scope-list';

export function unavailableReason(preset: Preset, form: TokenForm, owner: TokenOwner): string | undefined {
  const missing = preset.scopes.filter((scope) => !form.scopes.has(scope));
  if (missing.length === 0) return undefined;
  const why =
    owner !== 'personal' && missing.includes('read_user')
      ? ' (project and group tokens cannot have read_user)'
      : ' (an older GitLab, or a feature this instance has turned off)';
  return `Not available here: this form does not offer ${missing.join(', ')}${why}.`;
}

/** Sets exactly the preset's scopes, then name, description, expiry and (project/group) role. */
export function applyPreset(preset: Preset, context: FormContext): void {
  const { form, state, bounds, now, page } = context;
  setScopes(form, preset.scopes);
  state.filledName = fillUnlessTyped(form.name, `${preset.name} – ${utcToday(now())}`, state.filledName);
  state.filledDescription = fillUnlessTyped(form.description, preset.description, state.filledDescription);
  if (form.expiry) setExpiryDate(form.expiry, expiryForLifetime(preset.lifetimeDays, bounds, now()));
  if (form.role && page.owner !== 'personal') setMinimumRole(form.role, ACCESS_LEVELS[preset.role]);
  state.preset = preset;
}

/** The least-privilege preset bar above the scope list. */
export const presets: FormFeature = {
  id: 'presets',
  apply(context) {
    const { form, state, settings, page, mount, pendingPresetId, pendingRecreate, refresh } = context;
    const available = visiblePresets(settings);
    if (!state.initialised && (pendingPresetId || pendingRecreate)) {
      // Arrived from Scopewise's 19.x preset menu (GitLab prefilled name and scopes; add the
      // expiry) or from the popup's Recreate of a project or group token (its own fields).
      const pending = pendingRecreate ?? available.find((preset) => preset.id === pendingPresetId);
      if (pending && !unavailableReason(pending, form, page.owner)) applyPreset(pending, context);
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
            applyPreset(preset, context);
            refresh();
          }}
        />
        {state.preset && (
          <PresetNote
            preset={state.preset}
            remark={page.owner === 'personal' ? fineGrainedVerdict(state.preset.id) : undefined}
          />
        )}
      </div>,
    );
  },
};
