import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { updateBadge } from '@/utils/browser/badge';
import {
  BADGE_DAYS_LIMITS,
  badgeDays,
  badgeScope,
  defaultLifetimeDays,
  LIFETIME_LIMITS,
  type Limits,
  notificationsEnabled,
} from '@/utils/browser/storage';
import type { BadgeScope } from '@/utils/expiry-alerts';
import type { Say } from './InstancesSection';

/** A whole number within the limits from what the user typed, or undefined. */
function wholeNumberIn(text: string, { min, max }: Limits): number | undefined {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/**
 * A rejected value's error, under its field. The value stays in the field for the user to fix,
 * and the stored one is unchanged.
 */
function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} class="field-error">
      {text}
    </p>
  ) : null;
}

const LIFETIME_ERROR = `Default lifetime: a whole number of days from ${LIFETIME_LIMITS.min} to ${LIFETIME_LIMITS.max}.`;
const BADGE_DAYS_ERROR = `Badge days: a whole number from ${BADGE_DAYS_LIMITS.min} to ${BADGE_DAYS_LIMITS.max}.`;

/** The default lifetime for token forms, the badge's threshold and scope, and the opt-in notifications. */
export function ExpiryAlertsSection({ say }: { say: Say }) {
  const [lifetime, setLifetime] = useState(String(defaultLifetimeDays.fallback));
  const [lifetimeError, setLifetimeError] = useState<string>();
  const [days, setDays] = useState(String(badgeDays.fallback));
  const [daysError, setDaysError] = useState<string>();
  const [notify, setNotify] = useState(false);
  const [scope, setScope] = useState<BadgeScope>(badgeScope.fallback);

  useEffect(() => {
    void defaultLifetimeDays.getValue().then((value) => setLifetime(String(value)));
    void badgeDays.getValue().then((value) => setDays(String(value)));
    void notificationsEnabled.getValue().then(setNotify);
    void badgeScope.getValue().then(setScope);
  }, []);

  const saveLifetime = async (event: Event) => {
    event.preventDefault();
    const value = wholeNumberIn(lifetime, LIFETIME_LIMITS);
    setLifetimeError(value === undefined ? LIFETIME_ERROR : undefined);
    if (value === undefined) {
      say('error', 'Default lifetime not saved; the field says why.');
      return;
    }
    await defaultLifetimeDays.setValue(value);
    say('ok', `Default lifetime saved: ${value} days.`);
  };

  const saveBadgeDays = async (text: string) => {
    const value = wholeNumberIn(text, BADGE_DAYS_LIMITS);
    setDaysError(value === undefined ? BADGE_DAYS_ERROR : undefined);
    if (value === undefined) {
      say('error', 'Badge threshold not saved; the field says why.');
      return;
    }
    await badgeDays.setValue(value);
    await updateBadge();
    say('ok', `Badge threshold saved: ${value} days.`);
  };

  const saveScope = async (next: BadgeScope) => {
    setScope(next);
    await badgeScope.setValue(next);
    await updateBadge();
    say(
      'ok',
      next === 'all'
        ? 'Saved: the badge counts every token you maintain.'
        : 'Saved: the badge counts personal tokens only.',
    );
  };

  const saveNotify = async (on: boolean) => {
    const granted = on ? await browser.permissions.request({ permissions: ['notifications'] }) : true;
    setNotify(granted && on);
    await notificationsEnabled.setValue(granted && on);
    if (on && !granted) say('error', 'Notifications need the browser’s permission; they stay off.');
    else say('ok', on ? 'Saved: notifications on.' : 'Saved: notifications off.');
  };

  return (
    <section aria-labelledby="expiry-heading">
      <h2 id="expiry-heading">Expiry and alerts</h2>
      {/* Scopewise's own validation, so that the reason shows under the field, not in a browser bubble. */}
      <form onSubmit={saveLifetime} noValidate>
        <label>
          Default lifetime (days)
          <input
            type="number"
            min={LIFETIME_LIMITS.min}
            max={LIFETIME_LIMITS.max}
            value={lifetime}
            aria-invalid={lifetimeError ? true : undefined}
            aria-describedby={lifetimeError ? 'lifetime-error lifetime-hint' : 'lifetime-hint'}
            onInput={(event) => setLifetime(event.currentTarget.value)}
          />
        </label>
        <FieldError id="lifetime-error" text={lifetimeError} />
        <p id="lifetime-hint">
          Filled into token forms without an expiry date, and in place of GitLab's own 30-day default.
        </p>
        <button type="submit">Save lifetime</button>
      </form>
      <label>
        Badge counts tokens expiring within (days){' '}
        <input
          type="number"
          min={BADGE_DAYS_LIMITS.min}
          max={BADGE_DAYS_LIMITS.max}
          value={days}
          aria-invalid={daysError ? true : undefined}
          aria-describedby={daysError ? 'badge-days-error' : undefined}
          onInput={(event) => setDays(event.currentTarget.value)}
          onChange={(event) => void saveBadgeDays(event.currentTarget.value)}
        />
      </label>
      <FieldError id="badge-days-error" text={daysError} />
      <label>
        Badge and notifications count{' '}
        <select value={scope} onChange={(event) => void saveScope(event.currentTarget.value as BadgeScope)}>
          <option value="all">All tokens I maintain (personal, project and group)</option>
          <option value="personal">Personal tokens only</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={notify} onChange={(event) => void saveNotify(event.currentTarget.checked)} />{' '}
        Notify me when a token crosses an expiry threshold (once per threshold)
      </label>
    </section>
  );
}
