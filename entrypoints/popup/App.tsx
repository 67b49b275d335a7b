import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Confirm } from '@/components/popup/Confirm';
import { NewToken } from '@/components/popup/NewToken';
import { type TokenAction, TokenRow } from '@/components/popup/TokenRow';
import { isApiError } from '@/utils/api/errors';
import { updateBadge } from '@/utils/browser/badge';
import { requestHostAccess } from '@/utils/browser/host-access';
import { cachedInstance, dropFromCache } from '@/utils/browser/token-cache';
import { type CacheHead, HEAD_SIZE } from '@/utils/cache-head';
import { daysBetween, expiryForLifetime, utcToday } from '@/utils/dates';
import { resourceTokensUrl } from '@/utils/gitlab/prefill';
import { GITLAB_COM, type Instance } from '@/utils/instances';
import { type CachedToken, type InstanceCache, kindOf, reconcile, type TokenKind } from '@/utils/inventory';
import { recreateUrl } from '@/utils/recreate';
import { rotationLifetimeDays, sortByRisk } from '@/utils/risk';

type Filter = 'all' | 'warnings' | 'expiring' | 'no-expiry';

/** The API client (and zod) load after the first paint from the cache. */
const refreshModule = () => import('@/utils/browser/refresh');

/** Rows rendered at first, riskiest first; the rest on demand, so thousands of tokens stay fast. */
const PAGE_SIZE = HEAD_SIZE;
/** A pending Revoke or Rotate, bound to the instance whose token it names (never run on another). */
type Action = { kind: TokenAction; token: CachedToken; base: string };
type Failure = { message: string; kind?: string };

const message = (error: unknown): Failure =>
  isApiError(error) ? { message: error.message, kind: error.kind } : { message: 'Something went wrong.' };

function ageOf(fetchedAt: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(fetchedAt)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min ago`;
  return `${Math.round(minutes / 60)} h ago`;
}

/** Expired, or expiring within 30 days: worth recreating. */
const worthRecreating = (token: CachedToken, today: string) =>
  !token.revoked && token.expires_at !== null && daysBetween(today, token.expires_at) <= 30;

export function App({ instances, initialHead }: { instances: Instance[]; initialHead: CacheHead | undefined }) {
  const [current, setCurrent] = useState<Instance>(instances[0] ?? GITLAB_COM);
  // The head (the riskiest rows and the totals) paints first; the full cache replaces it at once.
  const [cache, setCache] = useState<InstanceCache | CacheHead | undefined>(initialHead);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [kind, setKind] = useState<TokenKind | 'all'>('all');
  const [progress, setProgress] = useState<{ checked: number; total: number } | undefined>();
  const [inactive, setInactive] = useState<CachedToken[] | Failure | 'loading' | undefined>();
  const [action, setAction] = useState<Action | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [rotated, setRotated] = useState<{ name: string; value: string; expiresAt: string | null } | undefined>();
  const [shown, setShown] = useState(PAGE_SIZE);
  // The instance on screen: a refresh that ends after the user switched must not show its results.
  const shownBase = useRef(current.base);

  const refresh = async (instance: Instance) => {
    setLoading(true);
    try {
      const { refreshInstance } = await refreshModule();
      const fresh = await refreshInstance(instance, undefined, {
        onProgress: (checked, total) => {
          if (shownBase.current === instance.base) setProgress({ checked, total });
        },
      });
      await updateBadge();
      if (shownBase.current !== instance.base) return;
      setCache((shown) => ({ ...fresh, tokens: reconcile(shown?.tokens, fresh.tokens) }));
      setFailure(undefined);
    } catch (error) {
      if (shownBase.current === instance.base) setFailure(message(error));
    } finally {
      if (shownBase.current === instance.base) {
        setLoading(false);
        setProgress(undefined);
      }
    }
  };

  // The first paint came from the cache's head; now the full cache, then a refresh (once).
  useEffect(() => {
    void (async () => {
      const full = await cachedInstance(current.base);
      if (full) setCache((shown) => (shown && 'total' in shown ? full : shown));
      await refresh(current);
    })();
  }, []);

  const switchTo = async (base: string) => {
    const instance = instances.find((candidate) => candidate.base === base);
    if (!instance) return;
    shownBase.current = instance.base;
    setAction(undefined);
    setCurrent(instance);
    setCache(await cachedInstance(instance.base));
    setInactive(undefined);
    setRotated(undefined);
    setNotice(undefined);
    setFailure(undefined);
    await refresh(instance);
  };

  const today = utcToday();
  const sorted = useMemo(() => sortByRisk(cache?.tokens ?? [], today), [cache, today]);
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return sorted.filter(({ token, warnings }) => {
      if (
        needle &&
        ![
          token.name,
          token.description ?? '',
          token.owner?.path ?? '',
          ...token.scopes,
          ...(token.granularPermissions ?? []),
        ].some((text) => text.toLowerCase().includes(needle))
      ) {
        return false;
      }
      if (kind !== 'all' && kindOf(token) !== kind) return false;
      if (filter === 'warnings') return warnings.length > 0;
      if (filter === 'expiring') return token.expires_at !== null && daysBetween(today, token.expires_at) <= 30;
      if (filter === 'no-expiry') return token.expires_at === null;
      return true;
    });
  }, [sorted, query, filter, kind, today]);
  useEffect(() => setShown(PAGE_SIZE), [query, filter, kind, current]);

  const counts = useMemo(
    () => ({
      active: sorted.length,
      atRisk: sorted.filter(({ warnings }) => warnings.some((w) => w.severity === 'critical' || w.severity === 'high'))
        .length,
      expiring: sorted.filter(({ token }) => token.expires_at !== null && daysBetween(today, token.expires_at) <= 7)
        .length,
    }),
    [sorted, today],
  );
  const onAction = useCallback(
    (kind: TokenAction, token: CachedToken) => setAction({ kind, token, base: shownBase.current }),
    [],
  );

  const loadInactive = async () => {
    if (inactive !== undefined || !cache) return;
    setInactive('loading');
    try {
      const { inactiveTokens } = await refreshModule();
      setInactive(await inactiveTokens(current, cache.userId));
    } catch (error) {
      setInactive(message(error));
    }
  };

  const confirmAction = async () => {
    const instance = instances.find((candidate) => candidate.base === action?.base);
    if (!action || !instance || instance.base !== shownBase.current) {
      setAction(undefined);
      return;
    }
    setBusy(true);
    const { kind, token } = action;
    try {
      const { clientFor } = await refreshModule();
      const client = await clientFor(instance);
      const { owner } = token;
      if (kind === 'revoke') {
        if (owner) await client.revokeResourceToken(owner, token.id);
        else await client.revoke(token.id);
        setNotice(`Revoked ${token.name}.`);
      } else {
        // Once: a second rotate of a revoked token makes GitLab revoke the whole token family.
        const expiresAt = expiryForLifetime(rotationLifetimeDays(token), {});
        const result = owner
          ? await client.rotateResourceToken(owner, token.id, expiresAt)
          : await client.rotate(token.id, expiresAt);
        setRotated({ name: result.name, value: result.token, expiresAt: result.expires_at });
        setNotice(`Rotated ${token.name}: the old token no longer works.`);
      }
      await dropFromCache(instance.base, token.id);
      setAction(undefined);
      setInactive(undefined);
      await refresh(instance);
    } catch (error) {
      setAction(undefined);
      setNotice(`${kind === 'revoke' ? 'Revoke' : 'Rotate'} failed: ${message(error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const host = new URL(current.base).host;
  return (
    <main>
      <header>
        <h1>Scopewise</h1>
        <select
          aria-label="GitLab instance"
          value={current.base}
          onChange={(event) => void switchTo(event.currentTarget.value)}
        >
          {instances.map((instance) => (
            <option key={instance.base} value={instance.base}>
              {instance.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void refresh(current)} disabled={loading}>
          {loading ? 'Refreshing…' : 'Refresh'}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>

      {cache && !('total' in cache) && (
        <p class="summary">
          {counts.active} active · {counts.atRisk} at risk · {counts.expiring} expiring within 7 days
          {cache.username ? ` · signed in as ${cache.username}` : ''}
          {cache.truncated ? ' · showing the first 10,000 tokens' : ''}
          {cache.resources?.truncated ? ' · showing the first 10,000 project and group tokens' : ''}
        </p>
      )}
      {progress && progress.total > 0 && (
        <p class="muted progress">
          Checked {progress.checked} of {progress.total} projects and groups
        </p>
      )}
      {cache &&
        !('total' in cache) &&
        cache.resources &&
        (cache.resources.failed || cache.resources.failures.length > 0) && (
          <details class="resource-failures">
            <summary>
              {cache.resources.failed
                ? 'Project and group tokens could not be listed'
                : `${cache.resources.failures.length} of ${cache.resources.checked} projects and groups could not be checked`}
            </summary>
            {cache.resources.failed && <p>{cache.resources.failed}</p>}
            <ul>
              {cache.resources.failures.map(({ owner, message: reason }) => (
                <li key={`${owner.kind}:${owner.id}`}>
                  {owner.path}: {reason}
                </li>
              ))}
            </ul>
          </details>
        )}

      {failure && (
        <div class={cache ? 'stale' : 'error'} role="alert">
          {cache && <strong>Showing data from {ageOf(cache.fetchedAt)} (stale). </strong>}
          {failure.message}
          {failure.kind === 'no-access' && (
            <>
              {' '}
              <button
                type="button"
                onClick={() => void requestHostAccess(current.base).then((granted) => granted && void refresh(current))}
              >
                Allow access
              </button>
            </>
          )}
          {failure.kind === 'unauthorized' && current.mode === 'session' && (
            <>
              {import.meta.env.FIREFOX && (
                <>
                  {' '}
                  In Firefox, session mode sees only the sign-in of the default container (not of Multi-Account
                  Containers): sign in there, or
                </>
              )}{' '}
              <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                Use token mode
              </button>
            </>
          )}
        </div>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {rotated && <NewToken {...rotated} onDone={() => setRotated(undefined)} />}
      {action && (
        <Confirm
          busy={busy}
          title={action.kind === 'revoke' ? `Revoke ${action.token.name}?` : `Rotate ${action.token.name}?`}
          text={
            action.kind === 'revoke'
              ? `Anything that uses “${action.token.name}” stops working at once. This cannot be undone.`
              : `The old “${action.token.name}” stops working at once; GitLab issues a new token that expires on ${expiryForLifetime(rotationLifetimeDays(action.token), {})}, shown here once.`
          }
          confirmLabel={action.kind === 'revoke' ? 'Revoke token' : 'Rotate token'}
          onConfirm={() => void confirmAction()}
          onCancel={() => setAction(undefined)}
        />
      )}

      <div class="controls">
        <input
          type="search"
          placeholder="Search tokens"
          aria-label="Search tokens"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <select
          aria-label="Filter tokens"
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value as Filter)}
        >
          <option value="all">All active</option>
          <option value="warnings">With warnings</option>
          <option value="expiring">Expiring within 30 days</option>
          <option value="no-expiry">No expiry date</option>
        </select>
        <select
          aria-label="Kind"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as TokenKind | 'all')}
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
            onAction={onAction}
          />
        ))}
      </ul>
      {rows.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE_SIZE * 4)}>
          Show {Math.min(PAGE_SIZE * 4, rows.length - shown)} more of {rows.length - shown}
        </button>
      )}

      {cache && (
        <details onToggle={(event) => event.currentTarget.open && void loadInactive()}>
          <summary>Inactive</summary>
          {inactive === 'loading' && <p class="muted">Loading revoked and expired tokens…</p>}
          {inactive && !Array.isArray(inactive) && inactive !== 'loading' && <p class="error">{inactive.message}</p>}
          {Array.isArray(inactive) && inactive.length === 0 && <p class="muted">No revoked or expired tokens.</p>}
          {Array.isArray(inactive) && (
            <ul class="tokens" aria-label="Inactive tokens">
              {inactive.map((token) => (
                <TokenRow
                  key={token.id}
                  token={token}
                  warnings={[{ severity: 'low', text: token.revoked ? 'Revoked' : 'Expired' }]}
                  recreateUrl={recreateUrl(current.base, cache.version, token)}
                />
              ))}
            </ul>
          )}
        </details>
      )}
    </main>
  );
}
