import { i18n } from '#i18n';
import type { ExpiryNote } from '@/utils/expiry-note';

/** The quick choices, by the days they ask for; in English their names are the issues' (`90 days`). */
const QUICK_CHOICES = [
  { days: 7, label: () => i18n.t('expiry.quick.days', 7) },
  { days: 30, label: () => i18n.t('expiry.quick.days', 30) },
  { days: 90, label: () => i18n.t('expiry.quick.days', 90) },
  { days: 365, label: () => i18n.t('expiry.quick.year') },
] as const;

/**
 * The note in the user's language, the time the token stops shown on the user's clock too (in
 * `timeZone`, for tests; the browser's zone otherwise), and the rotation advice as a warning.
 */
export function expiryNoteWords(note: ExpiryNote, timeZone?: string): { note: string; warning?: string } {
  switch (note.kind) {
    case 'none':
      return { note: i18n.t('expiry.none') };
    case 'unreadable':
      return { note: i18n.t('expiry.unreadable', { date: note.date }) };
    case 'past':
      return { note: i18n.t('expiry.past', { date: note.date }) };
    case 'stops': {
      const local = note.instant.toLocaleString(i18n.t('language'), {
        timeZone,
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      const named = { date: note.date, local };
      return {
        note: note.latest ? i18n.t('expiry.stopsAtLatest', note.days, named) : i18n.t('expiry.stops', note.days, named),
        warning: note.rotateEvery ? i18n.t('expiry.rotate', { days: note.rotateEvery }) : undefined,
      };
    }
  }
}

/**
 * Quick expiry choices and a note saying when the token stops working, with the form's `caveat`
 * after it. `granted` says how many days a choice gives on this form.
 */
export function ExpiryChoices({
  note,
  caveat,
  granted,
  onChoose,
}: {
  note: ExpiryNote;
  caveat?: string;
  granted: (days: number) => number;
  onChoose: (days: number) => void;
}) {
  const words = expiryNoteWords(note);
  return (
    <div class="sw-expiry">
      <fieldset class="sw-expiry-choices">
        <legend class="sw-visually-hidden">{i18n.t('expiry.legend')}</legend>
        {QUICK_CHOICES.map(({ days, label }) => {
          const given = granted(days);
          return (
            <button
              key={days}
              type="button"
              class="sw-chip"
              // Cut short by the form's maximum: the name stays (users know it), the description says.
              title={given < days ? i18n.t('expiry.cutShort', given) : undefined}
              onClick={() => onChoose(days)}
            >
              {label()}
            </button>
          );
        })}
      </fieldset>
      <p class="sw-expiry-note">{caveat ? `${words.note} ${caveat}` : words.note}</p>
      {words.warning && <p class="sw-expiry-warning">{words.warning}</p>}
    </div>
  );
}
