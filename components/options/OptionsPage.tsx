import { useEffect, useState } from 'preact/hooks';
import { FINE_GRAINED_PRESETS } from '@/utils/catalog/fine-grained-presets';
import { BUILTIN_PRESETS } from '@/utils/catalog/presets';
import type { Preset } from '@/utils/catalog/schema';
import { exportPresetsFile, mergePresets, parsePresetsFile } from '@/utils/custom-presets';
import { evidenceLabel, evidenceSentence } from '@/utils/evidence';
import { DEFAULT_LIFETIME_DAYS } from '@/utils/settings';
import { customPresets, debugMode, defaultLifetimeDays, hiddenPresetIds } from '@/utils/settings-items';
import { ExpiryAlertsSection } from './ExpiryAlertsSection';
import { InstancesSection } from './InstancesSection';
import { PresetEditor } from './PresetEditor';

/** Each built-in preset's fine-grained version's evidence, shown next to its own. */
const FINE_GRAINED_EVIDENCE = new Map(FINE_GRAINED_PRESETS.map((preset) => [preset.id, preset.evidence]));

type Message = { kind: 'ok' | 'error'; text: string } | undefined;

function StatusLine({ message }: { message: Message }) {
  return (
    <p role="status" class={message?.kind}>
      {message?.text}
    </p>
  );
}

export function OptionsPage() {
  const [lifetime, setLifetime] = useState(String(DEFAULT_LIFETIME_DAYS));
  const [hidden, setHidden] = useState<string[]>([]);
  const [custom, setCustom] = useState<Preset[]>([]);
  const [debug, setDebug] = useState(false);
  const [editing, setEditing] = useState<Preset | 'new' | undefined>();
  const [message, setMessage] = useState<Message>();

  useEffect(() => {
    void Promise.all([
      defaultLifetimeDays.getValue(),
      hiddenPresetIds.getValue(),
      customPresets.getValue(),
      debugMode.getValue(),
    ]).then(([days, hiddenIds, presets, debugOn]) => {
      setLifetime(String(days));
      setHidden(hiddenIds);
      setCustom(presets);
      setDebug(debugOn);
    });
  }, []);

  const say = (kind: 'ok' | 'error', text: string) => setMessage({ kind, text });

  const saveLifetime = async (event: Event) => {
    event.preventDefault();
    const days = Number(lifetime);
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      setMessage({ kind: 'error', text: 'Default lifetime: a whole number of days from 1 to 365.' });
      return;
    }
    await defaultLifetimeDays.setValue(days);
    setMessage({ kind: 'ok', text: `Default lifetime saved: ${days} days.` });
  };

  const toggleHidden = async (id: string, show: boolean) => {
    const next = show ? hidden.filter((hiddenId) => hiddenId !== id) : [...hidden, id];
    setHidden(next);
    await hiddenPresetIds.setValue(next);
  };

  const saveCustom = async (next: Preset[], text: string) => {
    await customPresets.setValue(next);
    setCustom(next);
    setMessage({ kind: 'ok', text });
  };

  const importFile = async (file: File) => {
    const parsed = parsePresetsFile(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `Import rejected, nothing changed. ${parsed.error}` });
      return;
    }
    await saveCustom(mergePresets(custom, parsed.value), `Imported ${parsed.value.length} preset(s).`);
  };

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([exportPresetsFile(custom)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'scopewise-presets.json';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <main>
      <h1>Scopewise options</h1>
      <StatusLine message={message} />

      <InstancesSection say={say} />
      <ExpiryAlertsSection say={say} />

      <h2>Expiry</h2>
      <form onSubmit={saveLifetime}>
        <label>
          Default lifetime (days)
          <input
            type="number"
            min={1}
            max={365}
            value={lifetime}
            onInput={(event) => setLifetime(event.currentTarget.value)}
          />
        </label>
        <p>Filled into token forms without an expiry date, and in place of GitLab's own 30-day default.</p>
        <button type="submit">Save lifetime</button>
      </form>

      <h2>Built-in presets</h2>
      {BUILTIN_PRESETS.map((preset) => (
        <label key={preset.id} class="preset-row">
          <input
            type="checkbox"
            checked={!hidden.includes(preset.id)}
            onChange={(event) => void toggleHidden(preset.id, event.currentTarget.checked)}
          />
          <span>{preset.name}</span> <span class="scopes">{preset.scopes.join(', ')}</span>{' '}
          <span class="evidence" title={evidenceSentence(preset.evidence)}>
            {evidenceLabel(preset.evidence)}
          </span>
          {FINE_GRAINED_EVIDENCE.has(preset.id) && (
            <span class="evidence" title={evidenceSentence(FINE_GRAINED_EVIDENCE.get(preset.id))}>
              {' '}
              · fine-grained: {evidenceLabel(FINE_GRAINED_EVIDENCE.get(preset.id))}
            </span>
          )}
        </label>
      ))}

      <h2>Custom presets</h2>
      {custom.length === 0 && <p>No custom presets yet.</p>}
      {custom.map((preset) => (
        <div key={preset.id} class="preset-row">
          <span>{preset.name}</span> <span class="scopes">{preset.scopes.join(', ')}</span>
          <button type="button" onClick={() => setEditing(preset)}>
            Edit {preset.name}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() =>
              void saveCustom(
                custom.filter((other) => other.id !== preset.id),
                `Deleted ${preset.name}.`,
              )
            }
          >
            Delete {preset.name}
          </button>
        </div>
      ))}
      {editing ? (
        <PresetEditor
          initial={editing === 'new' ? undefined : editing}
          saved={custom}
          onCancel={() => setEditing(undefined)}
          onSave={(preset) => {
            setEditing(undefined);
            const exists = custom.some((other) => other.id === preset.id);
            void saveCustom(
              exists ? custom.map((other) => (other.id === preset.id ? preset : other)) : [...custom, preset],
              `Saved ${preset.name}.`,
            );
          }}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          New preset
        </button>
      )}
      <p>
        <label>
          Import presets (JSON)
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" onClick={exportFile} disabled={custom.length === 0}>
          Export presets
        </button>
      </p>

      <h2>Troubleshooting</h2>
      <label>
        <input
          type="checkbox"
          checked={debug}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setDebug(on);
            void debugMode.setValue(on);
          }}
        />{' '}
        Debug mode: log to the page's console what Scopewise could not find on a GitLab page
      </label>
    </main>
  );
}
