import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { updateBadge } from '@/utils/browser/badge';
import {
  BADGE_DAYS_LIMITS,
  badgeDays,
  badgeScope,
  defaultLifetimeDays,
  LIFETIME_LIMITS,
  type Limits,
  notificationsEnabled,
  type StoredItem,
} from '@/utils/browser/storage';
import type { BadgeScope } from '@/utils/expiry-alerts';
import type { Say } from './InstancesSection';
import { LabelledInput } from './LabelledInput';

/**
 * Stores what the user typed when it is a whole number within the limits, and returns it; otherwise
 * shows `rangeError` under the field and stores nothing. Either way the field keeps what was typed.
 */
async function storeWholeNumber(
  text: string,
  { limits, item, rangeError }: { limits: Limits; item: StoredItem<number>; rangeError: string },
  showError: (error: string | undefined) => void,
): Promise<number | undefined> {
  const value = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(value) && value >= limits.min && value <= limits.max;
  showError(valid ? undefined : rangeError);
  if (!valid) return undefined;
  await item.setValue(value);
  return value;
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

/**
 * A whole-number setting's field, within its limits, with its error under it and the error and
 * hint (`hintId`, a paragraph of the caller's) as its description.
 */
function WholeNumberField({
  limits,
  error,
  errorId,
  hintId,
  ...input
}: { limits: Limits; error: string | undefined; errorId: string; hintId?: string } & Omit<
  ComponentProps<typeof LabelledInput>,
  'type' | 'min' | 'max'
>) {
  const describedBy = [error ? errorId : undefined, hintId].filter(Boolean).join(' ');
  return (
    <>
      <LabelledInput
        {...input}
        type="number"
        min={limits.min}
        max={limits.max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      <FieldError id={errorId} text={error} />
    </>
  );
}

const LIFETIME = {
  limits: LIFETIME_LIMITS,
  item: defaultLifetimeDays,
  rangeError: i18n.t('options.expiry.lifetimeRange', LIFETIME_LIMITS),
};
const BADGE_DAYS = {
  limits: BADGE_DAYS_LIMITS,
  item: badgeDays,
  rangeError: i18n.t('options.expiry.badgeDaysRange', BADGE_DAYS_LIMITS),
};

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
    const value = await storeWholeNumber(lifetime, LIFETIME, setLifetimeError);
    if (value === undefined) say('error', i18n.t('options.expiry.lifetimeNotSaved'));
    else say('ok', i18n.t('options.expiry.lifetimeSaved', { days: value }));
  };

  const saveBadgeDays = async (text: string) => {
    const value = await storeWholeNumber(text, BADGE_DAYS, setDaysError);
    if (value === undefined) return say('error', i18n.t('options.expiry.badgeNotSaved'));
    await updateBadge();
    say('ok', i18n.t('options.expiry.badgeSaved', { days: value }));
  };

  const saveScope = async (next: BadgeScope) => {
    setScope(next);
    await badgeScope.setValue(next);
    await updateBadge();
    say('ok', next === 'all' ? i18n.t('options.expiry.scopeAllSaved') : i18n.t('options.expiry.scopePersonalSaved'));
  };

  const saveNotify = async (on: boolean) => {
    const granted = on ? await browser.permissions.request({ permissions: ['notifications'] }) : true;
    setNotify(granted && on);
    await notificationsEnabled.setValue(granted && on);
    if (on && !granted) say('error', i18n.t('options.expiry.notifyDenied'));
    else say('ok', on ? i18n.t('options.expiry.notifyOn') : i18n.t('options.expiry.notifyOff'));
  };

  return (
    <section aria-labelledby="expiry-heading">
      <h2 id="expiry-heading">{i18n.t('options.expiry.heading')}</h2>
      {/* Scopewise's own validation, so that the reason shows under the field, not in a browser bubble. */}
      <form onSubmit={saveLifetime} noValidate>
        <WholeNumberField
          label={i18n.t('options.expiry.lifetime')}
          limits={LIFETIME_LIMITS}
          value={lifetime}
          error={lifetimeError}
          errorId="lifetime-error"
          hintId="lifetime-hint"
          onValue={setLifetime}
        />
        <p id="lifetime-hint">{i18n.t('options.expiry.lifetimeHint')}</p>
        <button type="submit">{i18n.t('options.expiry.saveLifetime')}</button>
      </form>
      <WholeNumberField
        label={i18n.t('options.expiry.badgeDays')}
        limits={BADGE_DAYS_LIMITS}
        value={days}
        error={daysError}
        errorId="badge-days-error"
        onValue={setDays}
        onChange={(event) => void saveBadgeDays(event.currentTarget.value)}
      />
      <label>
        {i18n.t('options.expiry.badgeScope')}{' '}
        <select value={scope} onChange={(event) => void saveScope(event.currentTarget.value as BadgeScope)}>
          <option value="all">{i18n.t('options.expiry.scopeAll')}</option>
          <option value="personal">{i18n.t('options.expiry.scopePersonal')}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={notify} onChange={(event) => void saveNotify(event.currentTarget.checked)} />{' '}
        {i18n.t('options.expiry.notify')}
      </label>
    </section>
  );
}
