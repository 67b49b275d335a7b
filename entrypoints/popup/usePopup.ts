import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TokenAction } from '@/components/popup/TokenRow';
import { requestHostAccess } from '@/utils/browser/host-access';
import { cachedInstance, dropFromCache } from '@/utils/browser/token-cache';
import type { CacheHead } from '@/utils/cache-head';
import { GITLAB_COM, type Instance } from '@/utils/instances';
import { type CachedToken, type InstanceCache, reconcile } from '@/utils/inventory';
import {
  type Failure,
  failureOf,
  loadInactiveTokens,
  type RotatedToken,
  refreshTokens,
  revokeToken,
  rotateToken,
} from './flows';

/** A pending Revoke or Rotate, bound to the instance whose token it names (never run on another). */
export type PendingAction = { kind: TokenAction; token: CachedToken; base: string };

export type InactiveList = CachedToken[] | Failure | 'loading' | undefined;

/** How far a refresh got: the personal tokens' pages, then the projects and groups. */
export type RefreshProgress =
  | { step: 'pages'; read: number; total: number | undefined }
  | { step: 'resources'; checked: number; total: number };

/** How a confirmation ended, for where focus goes next. */
export type ActionOutcome = 'revoked' | 'rotated' | 'failed' | 'dropped';

export interface PopupState {
  current: Instance;
  /** The head (the riskiest rows and the totals) paints first; the full cache replaces it at once. */
  cache: InstanceCache | CacheHead | undefined;
  loading: boolean;
  failure: Failure | undefined;
  progress: RefreshProgress | undefined;
  inactive: InactiveList;
  action: PendingAction | undefined;
  busy: boolean;
  notice: string | undefined;
  rotated: RotatedToken | undefined;
}

/** The popup's state and flows (refresh, instance switch, revoke, rotate, allow access); components only render. */
export function usePopup(instances: Instance[], initialHead: CacheHead | undefined) {
  const [current, setCurrent] = useState<Instance>(instances[0] ?? GITLAB_COM);
  const [cache, setCache] = useState<PopupState['cache']>(initialHead);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [progress, setProgress] = useState<PopupState['progress']>();
  const [inactive, setInactive] = useState<InactiveList>();
  const [action, setAction] = useState<PendingAction | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [rotated, setRotated] = useState<RotatedToken | undefined>();
  // The instance on screen: a refresh that ends after the user switched must not show its results.
  const shownBase = useRef(current.base);

  const refresh = async (instance: Instance) => {
    setLoading(true);
    try {
      const shown = (next: RefreshProgress) => {
        if (shownBase.current === instance.base) setProgress(next);
      };
      const fresh = await refreshTokens(instance, {
        onPage: (read, total) => shown({ step: 'pages', read, total }),
        onProgress: (checked, total) => shown({ step: 'resources', checked, total }),
      });
      if (shownBase.current !== instance.base) return;
      setCache((shown) => ({ ...fresh, tokens: reconcile(shown?.tokens, fresh.tokens) }));
      setFailure(undefined);
    } catch (error) {
      if (shownBase.current === instance.base) setFailure(failureOf(error));
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

  /** One stable callback for every row, so that an unchanged row is not rendered again. */
  const startAction = useCallback(
    (kind: TokenAction, token: CachedToken) => setAction({ kind, token, base: shownBase.current }),
    [],
  );

  const loadInactive = async () => {
    if (inactive !== undefined || !cache) return;
    setInactive('loading');
    try {
      setInactive(await loadInactiveTokens(current, cache.userId));
    } catch (error) {
      setInactive(failureOf(error));
    }
  };

  /** Runs the pending action; the list refreshes afterwards, without holding up the outcome. */
  const confirmAction = async (): Promise<ActionOutcome> => {
    const instance = instances.find((candidate) => candidate.base === action?.base);
    if (!action || !instance || instance.base !== shownBase.current) {
      setAction(undefined);
      return 'dropped';
    }
    setBusy(true);
    const { kind, token } = action;
    try {
      if (kind === 'revoke') {
        await revokeToken(instance, token);
        setNotice(i18n.t('popup.notice.revoked', { name: token.name }));
      } else {
        setRotated(await rotateToken(instance, token));
        setNotice(i18n.t('popup.notice.rotated', { name: token.name }));
      }
      await dropFromCache(instance.base, token.id);
      setAction(undefined);
      setInactive(undefined);
      void refresh(instance);
      return kind === 'revoke' ? 'revoked' : 'rotated';
    } catch (error) {
      setAction(undefined);
      const reason = failureOf(error).message;
      setNotice(
        kind === 'revoke'
          ? i18n.t('popup.notice.revokeFailed', { reason })
          : i18n.t('popup.notice.rotateFailed', { reason }),
      );
      return 'failed';
    } finally {
      setBusy(false);
    }
  };

  /** Must run from the click itself: browsers grant optional permissions only in a user gesture. */
  const allowAccess = () => void requestHostAccess(current.base).then((granted) => granted && void refresh(current));

  const state: PopupState = { current, cache, loading, failure, progress, inactive, action, busy, notice, rotated };
  return {
    state,
    refresh: () => void refresh(current),
    switchTo: (base: string) => void switchTo(base),
    startAction,
    cancelAction: () => setAction(undefined),
    confirmAction,
    dismissRotated: () => setRotated(undefined),
    loadInactive: () => void loadInactive(),
    allowAccess,
  };
}
