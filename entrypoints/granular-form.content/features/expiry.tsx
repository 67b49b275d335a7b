import { ExpiryChoices } from '@/components/ExpiryChoices';
import { expiryForLifetime, isIsoDate, localToday, utcDateOfLocalMidnight } from '@/utils/dates';
import { describeExpiry } from '@/utils/expiry-note';
import { setGranularExpiry } from '@/utils/gitlab/granular-form';
import type { GranularContext, GranularFeature } from '../context';

const DAY_MS = 86_400_000;

/** GitLab's default on this form: now + 30 days, keeping the time of day, shown as a local date. */
function isGitLabDefault(value: string, now: Date): boolean {
  return value === localToday(new Date(now.getTime() + 30 * DAY_MS));
}

function applyDefaultLifetime({ settings, bounds, now }: GranularContext, input: HTMLInputElement): void {
  if (input.value !== '' && !isGitLabDefault(input.value, now())) return;
  setGranularExpiry(input, expiryForLifetime(settings.defaultLifetimeDays, bounds, now()));
}

/**
 * Quick expiry choices and the user's default lifetime on the fine-grained form, as UTC dates like
 * everywhere in Scopewise. The form sends local midnight of the date it shows, so the note says
 * which date GitLab stores when that differs from the one shown.
 */
export const expiry: GranularFeature = {
  id: 'expiry',
  apply(context) {
    const { form, state, bounds, now, mount, debug, refresh } = context;
    const input = form.expiry;
    if (!input) {
      debug('expiry: no expiry field on the fine-grained form');
      return;
    }
    if (state.defaultedExpiry !== input) {
      if (!state.applied && !state.applying) applyDefaultLifetime(context, input);
      state.defaultedExpiry = input;
    }
    const stored = isIsoDate(input.value) ? utcDateOfLocalMidnight(input.value) : input.value;
    const { note, warning } = describeExpiry(stored, now());
    const caveat =
      stored !== input.value
        ? ` GitLab sends midnight of ${input.value} in your time zone, which is still ${stored} in UTC: that is the date it stores.`
        : '';
    mount(
      'expiry',
      input.closest('.gl-datepicker') ?? input,
      'after',
      <ExpiryChoices
        note={`${note}${caveat}`}
        warning={warning}
        onChoose={(days) => {
          setGranularExpiry(input, expiryForLifetime(days, bounds, now()));
          refresh();
        }}
      />,
    );
  },
};
