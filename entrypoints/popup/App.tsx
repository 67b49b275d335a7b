import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Confirm } from '@/components/popup/Confirm';
import { FailureAlert } from '@/components/popup/FailureAlert';
import { InactiveTokens } from '@/components/popup/InactiveTokens';
import { NewToken } from '@/components/popup/NewToken';
import { ResourceFailures } from '@/components/popup/ResourceFailures';
import { TokenRow } from '@/components/popup/TokenRow';
import {
  type ListFilter,
  type ListQuery,
  matchingRows,
  tokenView,
  worthRecreating,
} from '@/components/popup/token-view';
import { type CacheHead, HEAD_SIZE } from '@/utils/cache-head';
import { utcToday } from '@/utils/dates';
import { resourceTokensUrl } from '@/utils/gitlab/prefill';
import type { Instance } from '@/utils/instances';
import type { TokenKind } from '@/utils/inventory';
import { recreateUrl } from '@/utils/recreate';
import { rotatedExpiry } from './flows';
import { usePopup } from './usePopup';

/** Rows rendered at first, riskiest first; the rest on demand, so thousands of tokens stay fast. */
const PAGE_SIZE = HEAD_SIZE;
const ALL: ListQuery = { text: '', filter: 'all', kind: 'all' };

export function App({ instances, initialHead }: { instances: Instance[]; initialHead: CacheHead | undefined }) {
  const popup = usePopup(instances, initialHead);
  const { current, cache, loading, failure, progress, inactive, action, busy, notice, rotated } = popup.state;
  const [query, setQuery] = useState<ListQuery>(ALL);
  const [shown, setShown] = useState(PAGE_SIZE);

  const today = utcToday();
  const view = useMemo(() => tokenView(cache?.tokens ?? [], today), [cache, today]);
  const rows = useMemo(() => matchingRows(view.sorted, query, today), [view, query, today]);
  useEffect(() => setShown(PAGE_SIZE), [query, current]);
  const { counts } = view;
  const full = cache && !('total' in cache) ? cache : undefined;

  const host = new URL(current.base).host;
  return (
    <main>
      <header>
        <h1>Scopewise</h1>
        <select
          aria-label="GitLab instance"
          value={current.base}
          onChange={(event) => popup.switchTo(event.currentTarget.value)}
        >
          {instances.map((instance) => (
            <option key={instance.base} value={instance.base}>
              {instance.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={popup.refresh} disabled={loading}>
          {loading ? 'Refreshing…' : 'Refresh'}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>

      {full && (
        <p class="summary">
          {counts.active} active · {counts.atRisk} at risk · {counts.expiringThisWeek} expiring within 7 days
          {full.username ? ` · signed in as ${full.username}` : ''}
          {full.truncated ? ' · showing the first 10,000 tokens' : ''}
          {full.resources?.truncated ? ' · showing the first 10,000 project and group tokens' : ''}
        </p>
      )}
      {progress && progress.total > 0 && (
        <p class="muted progress">
          Checked {progress.checked} of {progress.total} projects and groups
        </p>
      )}
      {full?.resources && <ResourceFailures resources={full.resources} />}

      {failure && (
        <FailureAlert
          failure={failure}
          instance={current}
          staleSince={cache?.fetchedAt}
          onAllowAccess={popup.allowAccess}
        />
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {rotated && <NewToken {...rotated} onDone={popup.dismissRotated} />}
      {action && (
        <Confirm
          busy={busy}
          title={action.kind === 'revoke' ? `Revoke ${action.token.name}?` : `Rotate ${action.token.name}?`}
          text={
            action.kind === 'revoke'
              ? `Anything that uses “${action.token.name}” stops working at once. This cannot be undone.`
              : `The old “${action.token.name}” stops working at once; GitLab issues a new token that expires on ${rotatedExpiry(action.token)}, shown here once.`
          }
          confirmLabel={action.kind === 'revoke' ? 'Revoke token' : 'Rotate token'}
          onConfirm={popup.confirmAction}
          onCancel={popup.cancelAction}
        />
      )}

      <div class="controls">
        <input
          type="search"
          placeholder="Search tokens"
          aria-label="Search tokens"
          value={query.text}
          onInput={(event) => setQuery({ ...query, text: event.currentTarget.value })}
        />
        <select
          aria-label="Filter tokens"
          value={query.filter}
          onChange={(event) => setQuery({ ...query, filter: event.currentTarget.value as ListFilter })}
        >
          <option value="all">All active</option>
          <option value="warnings">With warnings</option>
          <option value="expiring">Expiring within 30 days</option>
          <option value="no-expiry">No expiry date</option>
        </select>
        <select
          aria-label="Kind"
          value={query.kind}
          onChange={(event) => setQuery({ ...query, kind: event.currentTarget.value as TokenKind | 'all' })}
        >
          <option value="all">All kinds</option>
          <option value="personal">Personal</option>
          <option value="project">Project</option>
          <option value="group">Group</option>
        </select>
      </div>

      {!cache && loading && <p class="muted">Loading tokens from {host}…</p>}
      {cache && cache.tokens.length === 0 && <p class="muted">No active tokens on {host}.</p>}
      {cache && cache.tokens.length > 0 && rows.length === 0 && <p class="muted">No token matches.</p>}
      <ul class="tokens" aria-label="Active tokens">
        {rows.slice(0, shown).map(({ token, warnings }) => (
          <TokenRow
            key={token.id}
            token={token}
            warnings={warnings}
            recreateUrl={worthRecreating(token, today) ? recreateUrl(current.base, cache?.version, token) : undefined}
            ownerUrl={token.owner && resourceTokensUrl(current.base, token.owner)}
            onAction={popup.startAction}
          />
        ))}
      </ul>
      {rows.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE_SIZE * 4)}>
          Show {Math.min(PAGE_SIZE * 4, rows.length - shown)} more of {rows.length - shown}
        </button>
      )}

      {cache && (
        <InactiveTokens
          inactive={inactive}
          recreateUrlOf={(token) => recreateUrl(current.base, cache.version, token)}
          onOpen={popup.loadInactive}
        />
      )}
    </main>
  );
}
