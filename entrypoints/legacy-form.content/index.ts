import '@/components/content.css';
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCatalog } from '@/utils/content-script/engine';
import { LEGACY_FORM_PAGES } from '@/utils/match-patterns';
import { LEGACY_FORM_CATALOG } from './catalog';

/** Legacy scopes forms (14.x–19.x) and the 19.x token index; the fine-grained form has its own script. */
export default defineContentScript({
  ...LEGACY_FORM_PAGES,
  // document_start: GitLab removes the expiry bounds from the DOM when its Vue apps mount.
  runAt: 'document_start',
  // WXT would announce every start to the page with a postMessage, telling GitLab's page (and
  // anything in it) that Scopewise is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return runCatalog(ctx, LEGACY_FORM_CATALOG);
  },
});
