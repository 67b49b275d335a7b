import { LATEST } from '@/utils/expiry-note';

export const QUICK_CHOICES = [
  { label: '7 days', days: 7 },
  { label: '30 days', days: 30 },
  { label: '90 days', days: 90 },
  { label: '1 year', days: 365 },
] as const;

/**
 * Quick expiry choices and a note saying when the token stops working. `granted` says how many
 * days a choice gives on this form.
 */
export function ExpiryChoices({
  note,
  warning,
  granted,
  onChoose,
}: {
  note: string;
  warning?: string;
  granted: (days: number) => number;
  onChoose: (days: number) => void;
}) {
  return (
    <div class="sw-expiry">
      <fieldset class="sw-expiry-choices">
        <legend class="sw-visually-hidden">Quick expiry choices</legend>
        {QUICK_CHOICES.map(({ label, days }) => {
          const given = granted(days);
          return (
            <button
              key={label}
              type="button"
              class="sw-chip"
              // Cut short by the form's maximum: the name stays (users know it), the description says.
              title={given < days ? `${given} days: ${LATEST}` : undefined}
              onClick={() => onChoose(days)}
            >
              {label}
            </button>
          );
        })}
      </fieldset>
      <p class="sw-expiry-note">{note}</p>
      {warning && <p class="sw-expiry-warning">{warning}</p>}
    </div>
  );
}
