import type { Preset } from '@/utils/catalog/schema';
import { evidenceSentence } from '@/utils/evidence';

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
  return (
    <p class="sw-preset-note">
      Applied <strong>{preset.name}</strong> ({scopes.join(', ')}). {adjustment && <>{adjustment} </>}
      {evidenceSentence(preset.evidence)}{' '}
      <a href={preset.source} target="_blank" rel="noopener noreferrer">
        Source
      </a>
      {preset.narrower && <> · Narrower option: {preset.narrower}</>}
      {remark && <> · {remark}</>}
    </p>
  );
}
