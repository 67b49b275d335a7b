import { i18n } from '#i18n';
import { expiryFeature } from '@/utils/content-script/expiry';
import { expiryForLifetime, isIsoDate, localToday, utcDateOfLocalMidnight, utcToday } from '@/utils/dates';
import { setFineGrainedExpiry } from '@/utils/gitlab/fine-grained-form';
import { isFineGrainedForm } from '@/utils/gitlab/page';
import type { FineGrainedContext } from '../context';

const DAY_MS = 86_400_000;

/**
 * GitLab's default on this form: now + 30 days, keeping the time of day. Its field shows the local
 * date; GitLab sends the instant itself, not a local midnight, and stores its UTC date.
 */
function gitLabDefault(now: Date): { shown: string; stored: string } {
  const instant = new Date(now.getTime() + 30 * DAY_MS);
  return { shown: localToday(instant), stored: utcToday(instant) };
}

/**
 * The fine-grained form's expiry, as UTC dates like everywhere in Scopewise. The form sends local
 * midnight of the date it shows, so the note says which date GitLab stores when that differs from
 * the one shown.
 */
export const expiry = expiryFeature<FineGrainedContext>({
  runsOn: isFineGrainedForm,
  setDate: setFineGrainedExpiry,
  /** The default lifetime, unless GitLab's untouched default already stores the same date. */
  applyDefaultLifetime({ settings, bounds, now, state }, input) {
    if (state.applied || state.applying) return;
    const wanted = expiryForLifetime(settings.defaultLifetimeDays, bounds, now());
    const untouched = gitLabDefault(now());
    if (input.value === untouched.shown && untouched.stored === wanted) state.keptDefault = untouched;
    else if (input.value === '' || input.value === untouched.shown) setFineGrainedExpiry(input, wanted);
  },
  stored({ state }, input) {
    const kept = state.keptDefault?.shown === input.value ? state.keptDefault.stored : undefined;
    const date = kept ?? (isIsoDate(input.value) ? utcDateOfLocalMidnight(input.value) : input.value);
    const caveat =
      date !== input.value && !kept ? i18n.t('expiry.localMidnight', { shown: input.value, date }) : undefined;
    return { date, caveat };
  },
});
