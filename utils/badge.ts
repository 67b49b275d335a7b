import { browser } from 'wxt/browser';
import { daysBetween, utcToday } from './dates';
import { expiringCount, type InstanceCache } from './inventory';
import { EXPIRY_THRESHOLDS, expiringWithin } from './risk';
import {
  type BadgeScope,
  badgeDays,
  badgeScope,
  notificationsEnabled,
  notifiedThresholds,
  tokenCaches,
} from './storage';

/** The caches with only the tokens `scope` counts. */
export function counted(caches: Record<string, InstanceCache>, scope: BadgeScope): Record<string, InstanceCache> {
  if (scope === 'all') return caches;
  return Object.fromEntries(
    Object.entries(caches).map(([base, cache]) => [
      base,
      { ...cache, tokens: cache.tokens.filter((token) => !token.owner) },
    ]),
  );
}

export async function updateBadge(caches?: Record<string, InstanceCache>): Promise<number> {
  const count = expiringCount(
    counted(caches ?? (await tokenCaches.getValue()), await badgeScope.getValue()),
    await badgeDays.getValue(),
  );
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c91c00' });
  return count;
}

/** The smallest expiry threshold (7, 30, 60 days, or the badge's own) a token has crossed. */
function thresholdFor(daysLeft: number, thresholds: number[]): number | undefined {
  return thresholds.find((threshold) => daysLeft <= threshold);
}

/** Tokens that crossed a threshold since their last notification, with that threshold. */
export function dueNotifications(
  caches: Record<string, InstanceCache>,
  notified: Record<string, number>,
  days: number,
  now = new Date(),
): Array<{ key: string; name: string; host: string; daysLeft: number; threshold: number }> {
  const today = utcToday(now);
  const thresholds = [...new Set([0, ...EXPIRY_THRESHOLDS.filter((threshold) => threshold <= days), days])].sort(
    (a, b) => a - b,
  );
  const due = [];
  for (const [base, cache] of Object.entries(caches)) {
    for (const token of expiringWithin(cache.tokens, today, days)) {
      const daysLeft = daysBetween(today, (token.expires_at ?? today).slice(0, 10));
      const threshold = thresholdFor(daysLeft, thresholds);
      const key = `${base}#${token.id}`;
      if (threshold === undefined || (notified[key] !== undefined && (notified[key] as number) <= threshold)) continue;
      due.push({ key, name: token.name, host: new URL(base).host, daysLeft, threshold });
    }
  }
  return due;
}

export async function notifyExpiring(caches: Record<string, InstanceCache>): Promise<void> {
  if (!(await notificationsEnabled.getValue())) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const notified = await notifiedThresholds.getValue();
  const due = dueNotifications(counted(caches, await badgeScope.getValue()), notified, await badgeDays.getValue());
  if (due.length === 0) return;
  const lines = due.map((item) =>
    item.daysLeft <= 0
      ? `${item.name} (${item.host}): expired`
      : `${item.name} (${item.host}): ${item.daysLeft} day(s) left`,
  );
  await browser.notifications.create('scopewise-expiring', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: due.length === 1 ? 'A GitLab token expires soon' : `${due.length} GitLab tokens expire soon`,
    message: lines.join('\n'),
  });
  await notifiedThresholds.setValue({
    ...notified,
    ...Object.fromEntries(due.map((item) => [item.key, item.threshold])),
  });
}
