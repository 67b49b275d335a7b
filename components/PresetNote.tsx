import type { Preset } from '@/utils/catalog/schema';
import { evidenceSentence } from '@/utils/evidence';

/** After a preset is applied: its evidence, where its scopes come from and a narrower credential, if one exists. */
export function PresetNote({ preset, remark }: { preset: Preset; remark?: string }) {
  return (
    <p class="sw-preset-note">
      Applied <strong>{preset.name}</strong> ({preset.scopes.join(', ')}). {evidenceSentence(preset.evidence)}{' '}
      <a href={preset.source} target="_blank" rel="noopener noreferrer">
        Source
      </a>
      {preset.narrower && <> · Narrower option: {preset.narrower}</>}
      {remark && <> · {remark}</>}
    </p>
  );
}
