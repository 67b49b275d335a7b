import { expiryFeature } from '@/utils/content-script/expiry';
import { addDays, expiryForLifetime, localToday, utcToday } from '@/utils/dates';
import { setExpiryDate } from '@/utils/gitlab/fields';
import { hasLegacyForm } from '@/utils/gitlab/page';
import type { LegacyFormContext } from '../context';

/** GitLab's own UI default since 15.3: today + 30 days (local or UTC date, depending on the version). */
function isGitLabDefault(value: string, now: Date): boolean {
  return value === addDays(utcToday(now), 30) || value === addDays(localToday(now), 30);
}

/** The legacy forms store the date their field shows. */
export const expiry = expiryFeature<LegacyFormContext>({
  runsOn: hasLegacyForm,
  setDate: setExpiryDate,
  /** Replaces an empty expiry (GitLab ≤15.2) or GitLab's untouched 30-day default. */
  applyDefaultLifetime({ state, settings, bounds, now }, input) {
    if (state.preset || !(input.value === '' || isGitLabDefault(input.value, now()))) return;
    const date = expiryForLifetime(settings.defaultLifetimeDays, bounds, now());
    if (input.value !== date) setExpiryDate(input, date);
  },
});
