import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { counted, dueNotifications, expiringCount } from '../expiry-alerts';
import type { InstanceCache } from '../inventory';
import { badgeDays, badgeScope, notificationsEnabled, notifiedThresholds, tokenCaches } from './storage';

export async function updateBadge(caches?: Record<string, InstanceCache>): Promise<number> {
  const count = expiringCount(
    counted(caches ?? (await tokenCaches.getValue()), await badgeScope.getValue()),
    await badgeDays.getValue(),
  );
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c91c00' });
  return count;
}

export async function notifyExpiring(caches: Record<string, InstanceCache>): Promise<void> {
  if (!(await notificationsEnabled.getValue())) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const notified = await notifiedThresholds.getValue();
  const due = dueNotifications(counted(caches, await badgeScope.getValue()), notified, await badgeDays.getValue());
  if (due.length === 0) return;
  const lines = due.map(({ name, host, daysLeft }) =>
    daysLeft <= 0
      ? i18n.t('expiryAlert.expired', { name, host })
      : i18n.t('expiryAlert.daysLeft', { name, host, days: daysLeft }),
  );
  await browser.notifications.create('scopewise-expiring', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: i18n.t('expiryAlert.title', due.length),
    message: lines.join('\n'),
  });
  await notifiedThresholds.setValue({
    ...notified,
    ...Object.fromEntries(due.map((item) => [item.key, item.threshold])),
  });
}
