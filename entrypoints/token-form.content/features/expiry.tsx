import { ExpiryChoices } from '@/components/ExpiryChoices';
import { addDays, expiryForLifetime, grantedDays, localToday, utcToday } from '@/utils/dates';
import { describeExpiry } from '@/utils/expiry-note';
import { setExpiryDate } from '@/utils/gitlab/fields';
import { hasLegacyForm } from '@/utils/gitlab/page';
import type { FormFeature, TokenFormContext } from '../context';

/** GitLab's own UI default since 15.3: today + 30 days (local or UTC date, depending on the version). */
function isGitLabDefault(value: string, now: Date): boolean {
  return value === addDays(utcToday(now), 30) || value === addDays(localToday(now), 30);
}

/** The user's default lifetime replaces an empty expiry (GitLab ≤15.2) or GitLab's untouched 30-day default. */
function applyDefaultLifetime({ form, settings, bounds, now }: TokenFormContext): void {
  const input = form.expiry;
  if (!input || !(input.value === '' || isGitLabDefault(input.value, now()))) return;
  const date = expiryForLifetime(settings.defaultLifetimeDays, bounds, now());
  if (input.value !== date) setExpiryDate(input, date);
}

/** Quick expiry choices and a note on when the token stops working, next to the expiry field. */
export const expiry: FormFeature = {
  id: 'expiry',
  runsOn: hasLegacyForm,
  apply(context) {
    const { form, state, bounds, now, mount, debug, refresh } = context;
    const input = form.expiry;
    if (!input) {
      debug('expiry: no expiry field in this form');
      return;
    }
    if (state.defaultedExpiry !== input) {
      if (!state.preset) applyDefaultLifetime(context);
      state.defaultedExpiry = input;
    }
    const { note, warning } = describeExpiry(input.value, now(), bounds.max);
    const anchor = input.closest('.gl-datepicker') ?? input;
    mount(
      'expiry',
      anchor,
      'after',
      <ExpiryChoices
        note={note}
        warning={warning}
        granted={(days) => grantedDays(days, bounds, now())}
        onChoose={(days) => {
          setExpiryDate(input, expiryForLifetime(days, bounds, now()));
          refresh();
        }}
      />,
    );
  },
};
