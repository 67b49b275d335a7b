import { ExpiryChoices } from '@/components/ExpiryChoices';
import { expiryForLifetime, grantedDays, type IsoDate } from '../dates';
import { describeExpiry } from '../expiry-note';
import type { TokenPage } from '../gitlab/page';
import { DATEPICKER } from '../gitlab/selectors';
import type { Feature, FormContext } from './engine';

/** What the expiry feature remembers about a form. */
export interface ExpiryState {
  /** The expiry field that got the default lifetime (GitLab may replace the field when its picker mounts). */
  defaultedExpiry?: HTMLInputElement;
}

/** How one form's expiry field holds the UTC dates Scopewise picks. */
export interface ExpiryField<Context> {
  runsOn: (page: TokenPage) => boolean;
  /** Sets the field so that GitLab stores `date`. */
  setDate: (input: HTMLInputElement, date: IsoDate) => void;
  /**
   * The user's default lifetime in place of GitLab's untouched default, once per field, unless a
   * preset sets the expiry.
   */
  applyDefaultLifetime: (context: Context, input: HTMLInputElement) => void;
  /** The date GitLab stores from what the field shows (else the date shown), and a caveat when the two differ. */
  stored?: (context: Context, input: HTMLInputElement) => { date: string; caveat?: string };
}

/** Quick expiry choices and a note on when the token stops working, next to the form's expiry field. */
export function expiryFeature<Context extends FormContext<{ expiry?: HTMLInputElement | undefined }, ExpiryState>>(
  field: ExpiryField<Context>,
): Feature<Context> {
  return {
    id: 'expiry',
    runsOn: field.runsOn,
    apply(context) {
      const { form, state, bounds, now, mount, debug, refresh } = context;
      const input = form.expiry;
      if (!input) {
        debug('expiry: no expiry field in this form');
        return;
      }
      if (state.defaultedExpiry !== input) {
        field.applyDefaultLifetime(context, input);
        state.defaultedExpiry = input;
      }
      const stored = field.stored?.(context, input) ?? { date: input.value };
      mount(
        'expiry',
        input.closest(DATEPICKER) ?? input,
        'after',
        <ExpiryChoices
          note={describeExpiry(stored.date, now(), bounds.max)}
          caveat={stored.caveat}
          granted={(days) => grantedDays(days, bounds, now())}
          onChoose={(days) => {
            field.setDate(input, expiryForLifetime(days, bounds, now()));
            refresh();
          }}
        />,
      );
    },
  };
}
