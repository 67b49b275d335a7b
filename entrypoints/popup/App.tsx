import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
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
  type Group,
  groupRows,
  type ListQuery,
  matchingRows,
  tokenView,
  worthRecreating,
} from '@/components/popup/token-view';
import { warningLabels } from '@/components/popup/warning-text';
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

const GROUP_LABELS: Record<Group, string> = {
  critical: i18n.t('popup.groups.critical'),
  high: i18n.t('popup.groups.high'),
  medium: i18n.t('popup.groups.medium'),
  low: i18n.t('popup.groups.low'),
  none: i18n.t('popup.groups.none'),
};
const SEARCH_LABEL = i18n.t('popup.search');

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
    (focusTargetElement(focusTarget) ?? document.querySelector<HTMLElement>('.controls input[type="search"]'))?.focus();
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
          aria-label={i18n.t('popup.instance')}
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
          {loading ? i18n.t('popup.refreshing') : i18n.t('popup.refresh')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popup.options')}
        </button>
      </header>

      {full && (
        <div class="overview">
          <p class="summary">
            {i18n.t('popup.summary.counts', {
              active: counts.active,
              atRisk: counts.atRisk,
              expiring: counts.expiringThisWeek,
            })}
            {full.username ? i18n.t('popup.summary.signedInAs', { username: full.username }) : ''}
            {full.truncated ? i18n.t('popup.summary.truncated') : ''}
            {full.resources?.truncated ? i18n.t('popup.summary.resourcesTruncated') : ''}
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
          title={
            action.kind === 'revoke'
              ? i18n.t('popup.confirm.revokeTitle', { name: action.token.name })
              : i18n.t('popup.confirm.rotateTitle', { name: action.token.name })
          }
          text={
            action.kind === 'revoke'
              ? i18n.t('popup.confirm.revokeText', { name: action.token.name })
              : i18n.t('popup.confirm.rotateText', { name: action.token.name, expiry: rotatedExpiry(action.token) })
          }
          confirmLabel={action.kind === 'revoke' ? i18n.t('popup.confirm.revoke') : i18n.t('popup.confirm.rotate')}
          onConfirm={() => void confirm()}
          onCancel={closeConfirm}
        />
      )}

      <div class="controls">
        <input
          type="search"
          placeholder={SEARCH_LABEL}
          aria-label={SEARCH_LABEL}
          value={query.text}
          onInput={(event) => setQuery({ ...query, text: event.currentTarget.value })}
        />
        <select
          aria-label={i18n.t('popup.kind.label')}
          value={query.kind}
          onChange={(event) => setQuery({ ...query, kind: event.currentTarget.value as TokenKind | 'all' })}
        >
          <option value="all">{i18n.t('popup.kind.all')}</option>
          <option value="personal">{i18n.t('popup.kind.personal')}</option>
          <option value="project">{i18n.t('popup.kind.project')}</option>
          <option value="group">{i18n.t('popup.kind.group')}</option>
        </select>
      </div>

      {!cache && loading && <p class="muted">{i18n.t('popup.loading', { host })}</p>}
      {cache && cache.tokens.length === 0 && (
        <div class="muted">
          <p>{i18n.t('popup.empty.none', { host })}</p>
          <p>
            <a
              href={prefillUrl(current.base, cache.version, { name: '', scopes: [] })}
              target="_blank"
              rel="noopener noreferrer"
            >
              {i18n.t('popup.empty.create', { host })}
            </a>
            {i18n.t('popup.empty.createHint')}
          </p>
        </div>
      )}
      {cache && cache.tokens.length > 0 && rows.length === 0 && (
        <div class="muted">
          <p>{i18n.t('popup.noMatch')}</p>
          <button type="button" onClick={() => setQuery(ALL)}>
            {i18n.t('popup.showAll')}
          </button>
        </div>
      )}
      <section class="token-groups" aria-label={i18n.t('popup.activeTokens')}>
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
                  warnings={warningLabels(warnings)}
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
          {i18n.t('popup.showMore', { count: Math.min(PAGE_SIZE * 4, rows.length - shown), rest: rows.length - shown })}
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
