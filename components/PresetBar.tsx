import { i18n } from '#i18n';

/** What a preset button needs: a legacy preset, or a fine-grained one. */
export interface PresetSummary {
  id: string;
  name: string;
  source?: string;
}

export interface PresetChoice<P extends PresetSummary = PresetSummary> {
  preset: P;
  /** The built-in preset's description in the user's language, or what the user typed for a custom one. */
  description: string;
  /** What the preset grants, shown after its name: legacy scopes or fine-grained permissions. */
  grants: string[];
  /** How Scopewise knows the preset is enough and no more (components/preset-text.ts), in the description. */
  evidence?: string;
  /** A sentence added to the button's description. */
  remark?: string;
  /** Why the preset cannot be used on this form, if it cannot. */
  unavailable?: string;
}

function matches({ preset, description, grants }: PresetChoice<PresetSummary>, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [preset.name, description, ...grants].some((text) => text.toLowerCase().includes(needle));
}

/**
 * Least-privilege presets above the scope list: a search box and one button per preset. The filter
 * text is the caller's state (no hooks: they would add 1 KB to every token page).
 */
export function PresetBar<P extends PresetSummary>({
  choices,
  query,
  onQuery,
  onApply,
}: {
  choices: PresetChoice<P>[];
  query: string;
  onQuery: (query: string) => void;
  onApply: (preset: P) => void;
}) {
  const shown = choices.filter((choice) => matches(choice, query));
  return (
    <fieldset class="sw-presets">
      <legend class="sw-visually-hidden">Scopewise presets</legend>
      <div class="sw-presets-head">
        <strong class="sw-presets-title">{i18n.t('presetBar.title')}</strong>
        <input
          type="search"
          class="sw-input"
          placeholder={i18n.t('presetBar.filter')}
          aria-label={i18n.t('presetBar.filter')}
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
          // Enter in the filter must not submit GitLab's form.
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
        />
      </div>
      <div class="sw-presets-list">
        {shown.map(({ preset, description, grants, evidence, remark, unavailable }) => {
          const reasonId = `sw-preset-reason-${preset.id}`;
          return (
            <button
              key={preset.id}
              type="button"
              class="sw-preset"
              aria-disabled={unavailable ? 'true' : undefined}
              aria-describedby={unavailable ? reasonId : undefined}
              title={
                unavailable ??
                [description, evidence, remark, preset.source && i18n.t('presetBar.source', { url: preset.source })]
                  .filter(Boolean)
                  .join(' ')
              }
              onClick={() => !unavailable && onApply(preset)}
            >
              <span class="sw-preset-name">{preset.name}</span>{' '}
              <span class="sw-preset-scopes">{grants.join(', ')}</span>
              {unavailable && (
                <span id={reasonId} class="sw-visually-hidden">
                  {unavailable}
                </span>
              )}
            </button>
          );
        })}
        {shown.length === 0 && <span class="sw-muted">{i18n.t('presetBar.noMatch')}</span>}
      </div>
    </fieldset>
  );
}
