import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { errorText } from '@/utils/browser/api-error-text';
import { notifyExpiring, updateBadge } from '@/utils/browser/badge';
import { registerTokenForms, restoreTokenForms, unregisterTokenForms } from '@/utils/browser/dynamic-content-scripts';
import { refreshInstance } from '@/utils/browser/refresh';
import { instances, tokenCaches } from '@/utils/browser/storage';
import { instancesUsing } from '@/utils/match-patterns';

export const REFRESH_ALARM = 'scopewise-refresh';
const REFRESH_PERIOD_MINUTES = 6 * 60;

/**
 * Refreshes every instance, then the badge and notifications. A failing instance keeps its last
 * good cache (the popup shows it as stale). Everything lives in storage: MV3 workers stop when
 * idle, so nothing is kept in memory between events.
 */
async function refreshAll(): Promise<void> {
  for (const instance of await instances.getValue()) {
    try {
      await refreshInstance(instance);
    } catch (error) {
      // An API error in the words the popup shows; any other error as the runtime gives it.
      console.warn(`Scopewise: refreshing ${instance.base} failed: ${errorText(error, String(error))}`);
    }
  }
  const caches = await tokenCaches.getValue();
  await updateBadge(caches);
  await notifyExpiring(caches);
}

async function start(): Promise<void> {
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
  await restoreTokenForms();
  await refreshAll();
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void start());
  browser.runtime.onStartup.addListener(() => void start());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAll();
  });
  // A host permission removed in the browser's own settings takes the token forms with it; given
  // back, it brings them back (without waiting for the next browser start).
  browser.permissions.onRemoved.addListener((removed) => {
    void (async () => {
      for (const instance of instancesUsing(await instances.getValue(), removed.origins))
        await unregisterTokenForms(instance.base);
    })();
  });
  browser.permissions.onAdded.addListener((added) => {
    void (async () => {
      for (const instance of instancesUsing(await instances.getValue(), added.origins))
        await registerTokenForms(instance);
    })();
  });
});
