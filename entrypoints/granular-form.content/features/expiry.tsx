import { ExpiryChoices } from '@/components/ExpiryChoices';
import { expiryForLifetime, grantedDays, isIsoDate, localToday, utcDateOfLocalMidnight, utcToday } from '@/utils/dates';
import { describeExpiry } from '@/utils/expiry-note';
import { setGranularExpiry } from '@/utils/gitlab/granular-form';
import { isFineGrainedForm } from '@/utils/gitlab/page';
import type { GranularContext, GranularFeature } from '../context';

const DAY_MS = 86_400_000;

/**
 * GitLab's default on this form: now + 30 days, keeping the time of day. Its field shows the local
 * date; GitLab sends the instant itself, not a local midnight, and stores its UTC date.
 */
function gitLabDefault(now: Date): { shown: string; stored: string } {
  const instant = new Date(now.getTime() + 30 * DAY_MS);
  return { shown: localToday(instant), stored: utcToday(instant) };
}

/** The default lifetime, unless GitLab's untouched default already stores the same date. */
function applyDefaultLifetime({ settings, bounds, now, state }: GranularContext, input: HTMLInputElement): void {
  const wanted = expiryForLifetime(settings.defaultLifetimeDays, bounds, now());
  const untouched = gitLabDefault(now());
  if (input.value === untouched.shown && untouched.stored === wanted) state.keptDefault = untouched;
  else if (input.value === '' || input.value === untouched.shown) setGranularExpiry(input, wanted);
}

/**
 * Quick expiry choices and the user's default lifetime on the fine-grained form, as UTC dates like
 * everywhere in Scopewise. The form sends local midnight of the date it shows, so the note says
 * which date GitLab stores when that differs from the one shown.
 */
export const expiry: GranularFeature = {
  id: 'expiry',
  runsOn: isFineGrainedForm,
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
    const kept = state.keptDefault?.shown === input.value ? state.keptDefault.stored : undefined;
    const stored = kept ?? (isIsoDate(input.value) ? utcDateOfLocalMidnight(input.value) : input.value);
    const { note, warning } = describeExpiry(stored, now(), bounds.max);
    const caveat =
      stored !== input.value && !kept
        ? ` GitLab sends midnight of ${input.value} in your time zone, which is still ${stored} in UTC: that is the date it stores.`
        : '';
    mount(
      'expiry',
      input.closest('.gl-datepicker') ?? input,
      'after',
      <ExpiryChoices
        note={`${note}${caveat}`}
        warning={warning}
        granted={(days) => grantedDays(days, bounds, now())}
        onChoose={(days) => {
          setGranularExpiry(input, expiryForLifetime(days, bounds, now()));
          refresh();
        }}
      />,
    );
  },
};
