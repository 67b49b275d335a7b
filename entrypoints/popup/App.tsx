import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Confirm } from '@/components/popup/Confirm';
import { FailureAlert } from '@/components/popup/FailureAlert';
import { FilterChips } from '@/components/popup/FilterChips';
import { InactiveTokens } from '@/components/popup/InactiveTokens';
import { NewToken } from '@/components/popup/NewToken';
import { RefreshProgress } from '@/components/popup/RefreshProgress';
import { ResourceFailures } from '@/components/popup/ResourceFailures';
import { type TokenAction, TokenRow } from '@/components/popup/TokenRow';
import {
  type Chip,
  GROUP_LABELS,
  groupRows,
  type ListQuery,
  matchingRows,
  tokenView,
  worthRecreating,
} from '@/components/popup/token-view';
import { type CacheHead, HEAD_SIZE } from '@/utils/cache-head';
import { utcToday } from '@/utils/dates';
import { prefillUrl, resourceTokensUrl } from '@/utils/gitlab/prefill';
import type { Instance } from '@/utils/instances';
import type { TokenKind } from '@/utils/inventory';
import { recreateUrl } from '@/utils/recreate';
import { rotatedExpiry } from './flows';
import { type ActionOutcome, usePopup } from './usePopup';

/** Rows rendered at first, riskiest first; the rest on demand, so thousands of tokens stay fast. */
const PAGE_SIZE = HEAD_SIZE;
/**
 * Rows painted from the cache's head, more than the popup's 600 px show: the rest of the first page
 * follows with the full cache, read right after the first paint.
 */
const FIRST_PAINT_ROWS = 12;
const ALL: ListQuery = { text: '', kind: 'all', chips: new Set() };

/** Where focus goes once a confirmation closes: back to the row's button, or to what replaced the row. */
type FocusTarget = { tokenId: number; kind: TokenAction } | 'notice' | 'new-token';

function focusTargetElement(target: FocusTarget): HTMLElement | null {
  if (target === 'notice') return document.querySelector('.notice');
  if (target === 'new-token') return document.querySelector('.new-token input');
  return document.querySelector(`.token[data-token-id="${target.tokenId}"] [data-action="${target.kind}"]`);
}

export function App({ instances, initialHead }: { instances: Instance[]; initialHead: CacheHead | undefined }) {
  const popup = usePopup(instances, initialHead);
  const { current, cache, loading, failure, progress, inactive, action, busy, notice, rotated } = popup.state;
  const [query, setQuery] = useState<ListQuery>(ALL);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>();

  const today = utcToday();
  const view = useMemo(() => tokenView(cache?.tokens ?? [], today), [cache, today]);
  const rows = useMemo(() => matchingRows(view.sorted, query, today), [view, query, today]);
  const painted = cache && 'total' in cache ? FIRST_PAINT_ROWS : shown;
  const groups = useMemo(() => groupRows(rows.slice(0, painted)), [rows, painted]);
  useEffect(() => setShown(PAGE_SIZE), [query, current]);
  useEffect(() => {
    if (!focusTarget) return;
    (focusTargetElement(focusTarget) ?? document.querySelector<HTMLElement>('[aria-label="Search tokens"]'))?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);
  const { counts } = view;
  const full = cache && !('total' in cache) ? cache : undefined;

  const toggleChip = (chip: Chip) => {
    const chips = new Set(query.chips);
    if (!chips.delete(chip)) chips.add(chip);
    setQuery({ ...query, chips });
  };
  const closeConfirm = () => {
    if (action) setFocusTarget({ tokenId: action.token.id, kind: action.kind });
    popup.cancelAction();
  };
  const confirm = async () => {
    const before = action;
    const outcome: ActionOutcome = await popup.confirmAction();
    if (outcome === 'revoked') setFocusTarget('notice');
    else if (outcome === 'rotated') setFocusTarget('new-token');
    else if (before) setFocusTarget({ tokenId: before.token.id, kind: before.kind });
  };

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
        <div class="overview">
          <p class="summary">
            {counts.active} active · {counts.atRisk} at risk · {counts.expiringThisWeek} expiring within 7 days
            {full.username ? ` · signed in as ${full.username}` : ''}
            {full.truncated ? ' · showing the first 10,000 tokens' : ''}
            {full.resources?.truncated ? ' · showing the first 10,000 project and group tokens' : ''}
          </p>
          <FilterChips counts={counts.chips} pressed={query.chips} onToggle={toggleChip} />
        </div>
      )}
      <RefreshProgress progress={progress} />
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
        <p class="notice" role="status" tabIndex={-1}>
          {notice}
        </p>
      )}
      {rotated && (
        <NewToken
          {...rotated}
          onDone={() => {
            popup.dismissRotated();
            setFocusTarget('notice');
          }}
        />
      )}
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
          onConfirm={() => void confirm()}
          onCancel={closeConfirm}
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
      {cache && cache.tokens.length === 0 && (
        <div class="muted">
          <p>No active tokens on {host}.</p>
          <p>
            <a
              href={prefillUrl(current.base, cache.version, { name: '', scopes: [] })}
              target="_blank"
              rel="noopener noreferrer"
            >
              Create a token on {host}
            </a>
            : Scopewise's presets on the form keep it least-privilege.
          </p>
        </div>
      )}
      {cache && cache.tokens.length > 0 && rows.length === 0 && (
        <div class="muted">
          <p>No token matches.</p>
          <button type="button" onClick={() => setQuery(ALL)}>
            Show all tokens
          </button>
        </div>
      )}
      <section class="token-groups" aria-label="Active tokens">
        {groups.map(({ group, rows: groupRows }) => (
          <section key={group} class="token-group" aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`} class="group-heading">
              {GROUP_LABELS[group]} <span class="group-count">{groupRows.length}</span>
            </h2>
            <ul class="tokens">
              {groupRows.map(({ token, warnings }) => (
                <TokenRow
                  key={token.id}
                  token={token}
                  warnings={warnings}
                  recreateUrl={
                    worthRecreating(token, today) ? recreateUrl(current.base, cache?.version, token) : undefined
                  }
                  ownerUrl={token.owner && resourceTokensUrl(current.base, token.owner)}
                  onAction={popup.startAction}
                />
              ))}
            </ul>
          </section>
        ))}
      </section>
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
