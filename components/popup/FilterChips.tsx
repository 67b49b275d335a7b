import { CHIPS, type Chip, type TokenCounts } from './token-view';

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
      <legend class="visually-hidden">Show only</legend>
      {CHIPS.map(({ id, label }) => (
        <button key={id} type="button" class="chip" aria-pressed={pressed.has(id)} onClick={() => onToggle(id)}>
          {label} <span class="chip-count">{counts[id]}</span>
        </button>
      ))}
    </fieldset>
  );
}
