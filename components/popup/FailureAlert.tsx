import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Failure } from '@/entrypoints/popup/flows';
import type { Instance } from '@/utils/instances';

function ageOf(fetchedAt: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(fetchedAt)) / 60_000));
  if (minutes < 1) return i18n.t('popup.failure.justNow');
  if (minutes < 120) return i18n.t('popup.failure.minutesAgo', { minutes });
  return i18n.t('popup.failure.hoursAgo', { hours: Math.round(minutes / 60) });
}

/** Why the list could not be refreshed, and what to do next; over a cached list, that it is stale. */
export function FailureAlert({
  failure,
  instance,
  staleSince,
  onAllowAccess,
}: {
  failure: Failure;
  instance: Instance;
  /** When the list on screen was fetched, if there is one. */
  staleSince: string | undefined;
  onAllowAccess: () => void;
}) {
  return (
    <div class={staleSince ? 'stale' : 'error'} role="alert">
      {staleSince && <strong>{i18n.t('popup.failure.stale', { age: ageOf(staleSince) })}</strong>}
      {failure.message}
      {failure.kind === 'no-access' && (
        <>
          {' '}
          <button type="button" onClick={onAllowAccess}>
            {i18n.t('popup.failure.allowAccess')}
          </button>
        </>
      )}
      {failure.kind === 'unauthorized' && instance.mode === 'session' && (
        <>
          {' '}
          <a href={`${instance.base}/users/sign_in`} target="_blank" rel="noopener noreferrer">
            {i18n.t('popup.failure.signIn', { host: new URL(instance.base).host })}
          </a>
          {import.meta.env.FIREFOX && <> {i18n.t('popup.failure.firefoxContainers')}</>}{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {i18n.t('popup.failure.useTokenMode')}
          </button>
        </>
      )}
    </div>
  );
}
