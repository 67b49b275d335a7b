import { i18n } from '#i18n';
import { CHIPS, type Chip, type TokenCounts } from './token-view';

const CHIP_LABELS: Record<Chip, string> = {
  expiring: i18n.t('popup.chips.expiring'),
  'no-expiry': i18n.t('popup.chips.noExpiry'),
  broad: i18n.t('popup.chips.broad'),
  unused: i18n.t('popup.chips.unused'),
};

/** The header's counts, each a toggle that shows only its tokens (several pressed: any of them). */
export function FilterChips({
  counts,
  pressed,
  onToggle,
}: {
  counts: TokenCounts['chips'];
  pressed: ReadonlySet<Chip>;
  onToggle: (chip: Chip) => void;
}) {
  return (
    <fieldset class="chips">
      <legend class="visually-hidden">{i18n.t('popup.chips.legend')}</legend>
      {CHIPS.map((chip) => (
        <button key={chip} type="button" class="chip" aria-pressed={pressed.has(chip)} onClick={() => onToggle(chip)}>
          {CHIP_LABELS[chip]} <span class="chip-count">{counts[chip]}</span>
        </button>
      ))}
    </fieldset>
  );
}
