import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadSettings, type Settings } from '../browser/storage';
import type { Preset } from '../catalog/schema';
import type { ExpiryBounds } from '../dates';
import { startEarlyCapture } from '../gitlab/early-capture';
import { detectTokenPage, type TokenPage } from '../gitlab/page';
import { createMount, isScopewiseNode, type Mount } from './mount';

/** What every feature of a token-page content script gets. */
export interface PageBase {
  page: TokenPage;
  settings: Settings;
  bounds: ExpiryBounds;
  pendingPresetId: string | undefined;
  /** Absent in older callers' contexts: nothing to recreate. */
  pendingRecreate?: Preset;
  now: () => Date;
  mount: Mount;
  /** Logs once per message, in debug mode only. */
  debug: (message: string) => void;
}

/**
 * Runs features in isolation: one that throws is logged once (debug mode) and the others still run.
 */
export function createFeatureRunner(debug: (message: string) => void): (id: string, apply: () => void) => void {
  const failed = new Set<string>();
  return (id, apply) => {
    try {
      apply();
    } catch (error) {
      if (!failed.has(id)) debug(`${id} failed: ${error instanceof Error ? error.message : String(error)}`);
      failed.add(id);
    }
  };
}

/**
 * The life of a token-page content script, shared by the legacy and the fine-grained form scripts:
 * capture what GitLab's Vue apps remove, wait for the DOM, then run `decorate` whenever the page
 * changes, until the extension is reloaded or removed. `accepts` says which token pages are its own.
 */
export async function runOnTokenPage(
  ctx: ContentScriptContext,
  accepts: (page: TokenPage) => boolean,
  createDecorate: (base: PageBase) => () => void,
  /** Attributes whose change alone must re-run the features (GitLab changes nothing else then). */
  watchedAttributes: readonly string[] = [],
): Promise<void> {
  // Match patterns also match the query string (`/explore?q=-/user_settings/personal_access_tokens`):
  // the path alone decides, before any work.
  const byPath = detectTokenPage(location.href, undefined);
  if (!byPath || !accepts(byPath)) return;
  const early = startEarlyCapture(document, location.href);
  // Registered now, at document_start: GitLab's deferred scripts run before DOMContentLoaded but
  // after readyState leaves "loading", so readyState alone cannot tell that they are done.
  const domReady = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve(undefined);
    else document.addEventListener('DOMContentLoaded', resolve, { once: true });
  });
  const settings = await loadSettings();
  await domReady;
  early.stop();
  if (!ctx.isValid) return;

  const logged = new Set<string>();
  const debug = (message: string) => {
    if (!settings.debugMode || logged.has(message)) return;
    logged.add(message);
    console.debug(`[Scopewise] ${message}`);
  };
  const page = detectTokenPage(location.href, document.body.dataset.page);
  if (!page || !accepts(page)) {
    debug(`not a token page this script knows (data-page=${document.body.dataset.page ?? 'none'})`);
    return;
  }

  const { mount, removeAll } = createMount(document);
  const decorate = createDecorate({
    page,
    settings,
    bounds: early.bounds,
    pendingPresetId: early.pendingPresetId,
    pendingRecreate: early.pendingRecreate,
    now: () => new Date(),
    mount,
    debug,
  });

  // Batches changes within a task; runs before the next paint.
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (ctx.isValid) decorate();
    });
  };
  // Changes inside Scopewise's own UI, or that only add it, need no new pass; any removal does
  // (GitLab re-rendering may take Scopewise's elements away with its own).
  const observer = new MutationObserver((records) => {
    const relevant = records.some(
      (record) =>
        !isScopewiseNode(record.target) &&
        (record.type === 'attributes' ||
          record.removedNodes.length > 0 ||
          [...record.addedNodes].some((node) => !isScopewiseNode(node))),
    );
    if (relevant) schedule();
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    ...(watchedAttributes.length > 0 ? { attributes: true, attributeFilter: [...watchedAttributes] } : {}),
  });
  // GitLab's checkboxes, radios, role select and datepicker (Pikaday) report through change events.
  // Not input events: typing a token name must not re-run every feature on each keystroke.
  ctx.addEventListener(document, 'change', schedule, { capture: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    removeAll();
  });
  decorate();
}
