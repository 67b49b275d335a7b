import { i18n } from '#i18n';
import { FINE_GRAINED_PRESETS } from '@/utils/catalog/fine-grained-presets';
import { BUILTIN_PRESETS } from '@/utils/catalog/presets';
import { evidenceLabel, evidenceSentence, presetDescription } from '../preset-text';
import { type AccessKind, groupByAccess } from './preset-groups';

const ACCESS_KIND_LABELS: Record<AccessKind, string> = {
  read: i18n.t('options.presets.read'),
  write: i18n.t('options.presets.write'),
  api: i18n.t('options.presets.api'),
  other: i18n.t('options.presets.other'),
};

/** Each built-in preset's fine-grained version, whose evidence shows next to its own. */
const FINE_GRAINED = new Map(FINE_GRAINED_PRESETS.map((preset) => [preset.id, preset]));
const GROUPS = groupByAccess(BUILTIN_PRESETS);

/**
 * Which built-in presets the token forms show, by the access they grant, each with its scopes,
 * evidence and description.
 */
export function PresetsSection({
  hidden,
  onToggle,
}: {
  hidden: readonly string[];
  onToggle: (id: string, show: boolean) => void;
}) {
  return (
    <section aria-labelledby="presets-heading">
      <h2 id="presets-heading">{i18n.t('options.presets.heading')}</h2>
      <p>{i18n.t('options.presets.intro')}</p>
      {GROUPS.map(({ kind, presets }) => (
        <fieldset key={kind} class="preset-group">
          <legend>{ACCESS_KIND_LABELS[kind]}</legend>
          {presets.map((preset) => {
            const fineGrained = FINE_GRAINED.get(preset.id);
            return (
              <label key={preset.id} class="preset-row">
                <input
                  type="checkbox"
                  checked={!hidden.includes(preset.id)}
                  onChange={(event) => onToggle(preset.id, event.currentTarget.checked)}
                />
                <span>{preset.name}</span> <span class="scopes">{preset.scopes.join(', ')}</span>{' '}
                <span class="evidence" title={evidenceSentence(preset)}>
                  {evidenceLabel(preset.evidence)}
                </span>
                {fineGrained && (
                  <span class="evidence" title={evidenceSentence(fineGrained)}>
                    {' '}
                    {i18n.t('options.presets.fineGrainedEvidence', { evidence: evidenceLabel(fineGrained.evidence) })}
                  </span>
                )}{' '}
                <span class="description">{presetDescription(preset.id)}</span>
              </label>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
