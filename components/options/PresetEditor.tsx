import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ROLES, type Role } from '@/utils/catalog/roles';
import type { Preset } from '@/utils/catalog/schema';
import { SCOPES } from '@/utils/catalog/scopes';
import { parsePreset, presetIdFor } from '@/utils/custom-presets';
import { LONGEST_LIFETIME_DAYS } from '@/utils/dates';
import { roleText } from '../role-text';
import { LabelledInput } from './LabelledInput';
import { presetProblemText } from './problem-text';

/** Creates or edits one custom preset; saving validates it with the same schema as imports. */
export function PresetEditor({
  initial,
  saved,
  onSave,
  onCancel,
}: {
  initial: Preset | undefined;
  saved: readonly Preset[];
  onSave: (preset: Preset) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [scopes, setScopes] = useState<string[]>(initial?.scopes ?? []);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [lifetime, setLifetime] = useState(String(initial?.lifetimeDays ?? 30));
  const [role, setRole] = useState<Role>(initial?.role ?? 'reporter');
  const [source, setSource] = useState(initial?.source ?? '');
  const [narrower, setNarrower] = useState(initial?.narrower ?? '');
  const [error, setError] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parsePreset({
      id: initial?.id ?? presetIdFor(name, saved),
      name: name.trim(),
      scopes,
      description: description.trim(),
      lifetimeDays: Number(lifetime),
      role,
      source: source.trim(),
      ...(narrower.trim() ? { narrower: narrower.trim() } : {}),
    });
    if (parsed.ok) onSave(parsed.value);
    else setError(presetProblemText(parsed.error));
  };

  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>
          {initial ? i18n.t('options.custom.edit', { name: initial.name }) : i18n.t('options.custom.new')}
        </legend>
        <LabelledInput label={i18n.t('options.editor.name')} type="text" value={name} onValue={setName} />
        <fieldset>
          <legend>{i18n.t('options.editor.scopes')}</legend>
          <div class="scope-grid">
            {SCOPES.map((scope) => (
              <label key={scope.id}>
                <input
                  type="checkbox"
                  checked={scopes.includes(scope.id)}
                  onChange={(event) =>
                    setScopes(
                      event.currentTarget.checked ? [...scopes, scope.id] : scopes.filter((id) => id !== scope.id),
                    )
                  }
                />{' '}
                {scope.id}
              </label>
            ))}
          </div>
        </fieldset>
        <LabelledInput
          label={i18n.t('options.editor.description')}
          type="text"
          value={description}
          onValue={setDescription}
        />
        <LabelledInput
          label={i18n.t('options.editor.lifetime')}
          type="number"
          min={1}
          max={LONGEST_LIFETIME_DAYS}
          value={lifetime}
          onValue={setLifetime}
        />
        <label>
          {i18n.t('options.editor.role')}{' '}
          <select value={role} onChange={(event) => setRole(event.currentTarget.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {roleText(option)}
              </option>
            ))}
          </select>
        </label>
        <LabelledInput label={i18n.t('options.editor.source')} type="url" value={source} onValue={setSource} />
        <LabelledInput label={i18n.t('options.editor.narrower')} type="text" value={narrower} onValue={setNarrower} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">{i18n.t('options.editor.save')}</button>
        <button type="button" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </fieldset>
    </form>
  );
}
