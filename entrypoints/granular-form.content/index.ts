import '@/components/content.css';
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnTokenPage } from '@/utils/content-script/runner';
import { GRANULAR_FORM_PAGES } from '@/utils/match-patterns';
import { createGranularDecorator } from './engine';

/** GitLab's fine-grained token form (18.10+): its own script, so neither form pays for the other's code. */
export default defineContentScript({
  ...GRANULAR_FORM_PAGES,
  // document_start: GitLab removes the expiry bounds from the DOM when its Vue app mounts.
  runAt: 'document_start',
  // WXT would announce every start to the page with a postMessage, telling GitLab's page (and
  // anything in it) that Scopewise is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // aria-selected: GitLab's permission listboxes change only that attribute when an option is
    // picked (no change event, no new nodes).
    return runOnTokenPage(ctx, (page) => page.route === 'granular_new', createGranularDecorator, ['aria-selected']);
  },
});
