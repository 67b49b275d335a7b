import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startEarlyCapture } from '@/utils/gitlab/early-capture';
import { detectTokenPage } from '@/utils/gitlab/page';
import { loadSettings } from '@/utils/settings';
import { TOKEN_PAGE_MATCHES } from '@/utils/token-page-matches';
import { createDecorator, createMount, isScopewiseNode } from './engine';

export default defineContentScript({
  matches: [...TOKEN_PAGE_MATCHES],
  // document_start: GitLab removes the expiry bounds from the DOM when its Vue apps mount.
  runAt: 'document_start',
  async main(ctx) {
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
    if (!page) {
      debug(`not a token page Scopewise knows (data-page=${document.body.dataset.page ?? 'none'})`);
      return;
    }

    const { mount, removeAll } = createMount(document);
    const decorate = createDecorator({
      page,
      settings,
      bounds: early.bounds,
      pendingPresetId: early.pendingPresetId,
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
          (record.removedNodes.length > 0 || [...record.addedNodes].some((node) => !isScopewiseNode(node))),
      );
      if (relevant) schedule();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // GitLab's checkboxes, role select and datepicker (Pikaday) report through change events.
    // Not input events: typing a token name must not re-run every feature on each keystroke.
    ctx.addEventListener(document, 'change', schedule, { capture: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      removeAll();
    });
    decorate();
  },
});
