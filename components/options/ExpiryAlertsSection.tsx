import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type BadgeScope, badgeDays, badgeScope, notificationsEnabled, updateBadge } from '@/utils/badge';
import type { Say } from './InstancesSection';

/** The badge's threshold and scope, and the opt-in notifications. */
export function ExpiryAlertsSection({ say }: { say: Say }) {
  const [days, setDays] = useState('7');
  const [notify, setNotify] = useState(false);
  const [scope, setScope] = useState<BadgeScope>('all');

  useEffect(() => {
    void badgeDays.getValue().then((value) => setDays(String(value)));
    void notificationsEnabled.getValue().then(setNotify);
    void badgeScope.getValue().then(setScope);
  }, []);

  return (
    <section>
      <h2>Expiry alerts</h2>
      <label>
        Badge counts tokens expiring within (days){' '}
        <input
          type="number"
          min={1}
          max={90}
          value={days}
          onInput={(event) => setDays(event.currentTarget.value)}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isInteger(value) && value >= 1 && value <= 90)
              void badgeDays.setValue(value).then(() => updateBadge());
            else say('error', 'Badge days: a whole number from 1 to 90.');
          }}
        />
      </label>
      <label>
        Badge and notifications count{' '}
        <select
          value={scope}
          onChange={(event) => {
            const next = event.currentTarget.value as BadgeScope;
            setScope(next);
            void badgeScope.setValue(next).then(() => updateBadge());
          }}
        >
          <option value="all">All tokens I maintain (personal, project and group)</option>
          <option value="personal">Personal tokens only</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={notify}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            const apply = (granted: boolean) => {
              setNotify(granted && on);
              void notificationsEnabled.setValue(granted && on);
            };
            if (on) void browser.permissions.request({ permissions: ['notifications'] }).then(apply);
            else apply(false);
          }}
        />{' '}
        Notify me when a token crosses an expiry threshold (once per threshold)
      </label>
    </section>
  );
}
