import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { customPresets, debugMode, hiddenPresetIds } from '@/utils/browser/storage';
import { BUILTIN_PRESETS } from '@/utils/catalog/presets';
import type { Preset } from '@/utils/catalog/schema';
import { exportPresetsFile, mergePresets, parsePresetsFile } from '@/utils/custom-presets';
import { ExpiryAlertsSection } from './ExpiryAlertsSection';
import { InstancesSection } from './InstancesSection';
import { PresetEditor } from './PresetEditor';
import { PresetsSection } from './PresetsSection';
import { presetProblemText } from './problem-text';

/** The page's sections, in order, for the table of contents. */
const SECTIONS = [
  ['instances-heading', i18n.t('options.instances.heading')],
  ['expiry-heading', i18n.t('options.expiry.heading')],
  ['presets-heading', i18n.t('options.presets.heading')],
  ['custom-heading', i18n.t('options.custom.heading')],
  ['troubleshooting-heading', i18n.t('options.troubleshooting.heading')],
] as const;

type Message = { kind: 'ok' | 'error'; text: string } | undefined;

function StatusLine({ message }: { message: Message }) {
  return (
    <p role="status" class={message?.kind}>
      {message?.text}
    </p>
  );
}

export function OptionsPage() {
  const [hidden, setHidden] = useState<string[]>([]);
  const [custom, setCustom] = useState<Preset[]>([]);
  const [debug, setDebug] = useState(false);
  const [editing, setEditing] = useState<Preset | 'new' | undefined>();
  const [message, setMessage] = useState<Message>();

  useEffect(() => {
    void Promise.all([hiddenPresetIds.getValue(), customPresets.getValue(), debugMode.getValue()]).then(
      ([hiddenIds, presets, debugOn]) => {
        setHidden(hiddenIds);
        setCustom(presets);
        setDebug(debugOn);
      },
    );
  }, []);

  const say = (kind: 'ok' | 'error', text: string) => setMessage({ kind, text });

  const toggleHidden = async (id: string, show: boolean) => {
    const next = show ? hidden.filter((hiddenId) => hiddenId !== id) : [...hidden, id];
    setHidden(next);
    await hiddenPresetIds.setValue(next);
    const name = BUILTIN_PRESETS.find((preset) => preset.id === id)?.name ?? id;
    say('ok', show ? i18n.t('options.shown', { name }) : i18n.t('options.hidden', { name }));
  };

  const saveCustom = async (next: Preset[], text: string) => {
    await customPresets.setValue(next);
    setCustom(next);
    setMessage({ kind: 'ok', text });
  };

  const importFile = async (file: File) => {
    const parsed = parsePresetsFile(await file.text());
    if (!parsed.ok) {
      setMessage({
        kind: 'error',
        text: i18n.t('options.custom.importRejected', { reason: presetProblemText(parsed.error) }),
      });
      return;
    }
    await saveCustom(mergePresets(custom, parsed.value), i18n.t('options.custom.imported', parsed.value.length));
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
      <h1>{i18n.t('options.title')}</h1>
      <nav aria-label={i18n.t('options.sections')}>
        <ul class="toc">
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <StatusLine message={message} />

      <InstancesSection say={say} />
      <ExpiryAlertsSection say={say} />
      <PresetsSection hidden={hidden} onToggle={(id, show) => void toggleHidden(id, show)} />

      <section aria-labelledby="custom-heading">
        <h2 id="custom-heading">{i18n.t('options.custom.heading')}</h2>
        {custom.length === 0 && <p>{i18n.t('options.custom.none')}</p>}
        {custom.map((preset) => (
          <div key={preset.id} class="preset-row">
            <span>{preset.name}</span> <span class="scopes">{preset.scopes.join(', ')}</span>
            <button type="button" onClick={() => setEditing(preset)}>
              {i18n.t('options.custom.edit', { name: preset.name })}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() =>
                void saveCustom(
                  custom.filter((other) => other.id !== preset.id),
                  i18n.t('options.custom.deleted', { name: preset.name }),
                )
              }
            >
              {i18n.t('options.custom.delete', { name: preset.name })}
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
                i18n.t('options.custom.saved', { name: preset.name }),
              );
            }}
          />
        ) : (
          <button type="button" onClick={() => setEditing('new')}>
            {i18n.t('options.custom.new')}
          </button>
        )}
        <p>
          <label>
            {i18n.t('options.custom.import')}
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
            {i18n.t('options.custom.export')}
          </button>
        </p>
      </section>

      <section aria-labelledby="troubleshooting-heading">
        <h2 id="troubleshooting-heading">{i18n.t('options.troubleshooting.heading')}</h2>
        <label>
          <input
            type="checkbox"
            checked={debug}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              setDebug(on);
              void debugMode
                .setValue(on)
                .then(() =>
                  say(
                    'ok',
                    on ? i18n.t('options.troubleshooting.debugOn') : i18n.t('options.troubleshooting.debugOff'),
                  ),
                );
            }}
          />{' '}
          {i18n.t('options.troubleshooting.debug')}
        </label>
      </section>
    </main>
  );
}
