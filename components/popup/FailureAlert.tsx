import { browser } from 'wxt/browser';
import type { Failure } from '@/entrypoints/popup/flows';
import type { Instance } from '@/utils/instances';

function ageOf(fetchedAt: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(fetchedAt)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min ago`;
  return `${Math.round(minutes / 60)} h ago`;
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
      {staleSince && <strong>Showing data from {ageOf(staleSince)} (stale). </strong>}
      {failure.message}
      {failure.kind === 'no-access' && (
        <>
          {' '}
          <button type="button" onClick={onAllowAccess}>
            Allow access
          </button>
        </>
      )}
      {failure.kind === 'unauthorized' && instance.mode === 'session' && (
        <>
          {' '}
          <a href={`${instance.base}/users/sign_in`} target="_blank" rel="noopener noreferrer">
            Sign in to {new URL(instance.base).host}
          </a>
          {import.meta.env.FIREFOX && (
            <>
              {' '}
              In Firefox, session mode sees only the sign-in of the default container (not of Multi-Account Containers):
              sign in there, or
            </>
          )}{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Use token mode
          </button>
        </>
      )}
    </div>
  );
}
