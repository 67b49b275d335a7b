import { i18n } from '#i18n';
import type { Preset } from '@/utils/catalog/schema';
import { evidenceSentence } from './preset-text';

/** Stands for the preset's name in the message, to be cut there (no name or scope holds it). */
const NAME_SLOT = '\u0000';

/**
 * After a preset is applied: the scopes the form got, why they differ from the preset's (if they
 * do), its evidence, where its scopes come from and a narrower credential, if one exists.
 */
export function PresetNote({
  preset,
  scopes,
  adjustment,
  remark,
}: {
  preset: Preset;
  scopes: readonly string[];
  adjustment?: string;
  remark?: string;
}) {
  // The name goes in <strong>, wherever the language puts it in the sentence.
  const [before, after] = i18n.t('presetBar.applied', { name: NAME_SLOT, scopes: scopes.join(', ') }).split(NAME_SLOT);
  return (
    <p class="sw-preset-note">
      {before}
      <strong>{preset.name}</strong>
      {after} {adjustment && <>{adjustment} </>}
      {evidenceSentence(preset)}{' '}
      <a href={preset.source} target="_blank" rel="noopener noreferrer">
        {i18n.t('presetBar.sourceLink')}
      </a>
      {preset.narrower && <> · {i18n.t('presetBar.narrower', { narrower: preset.narrower })}</>}
      {remark && <> · {remark}</>}
    </p>
  );
}
