import '@/components/content.css';
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCatalog } from '@/utils/content-script/engine';
import { FINE_GRAINED_FORM_PAGES } from '@/utils/match-patterns';
import { FINE_GRAINED_FORM_CATALOG } from './catalog';

/** GitLab's fine-grained token form (18.10+): its own script, so neither form pays for the other's code. */
export default defineContentScript({
  ...FINE_GRAINED_FORM_PAGES,
  // document_start: GitLab removes the expiry bounds from the DOM when its Vue app mounts.
  runAt: 'document_start',
  // WXT would announce every start to the page with a postMessage, telling GitLab's page (and
  // anything in it) that Scopewise is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return runCatalog(ctx, FINE_GRAINED_FORM_CATALOG);
  },
});
