import { render } from 'preact';
import { i18n } from '#i18n';
import { instances, tokenCacheHeads } from '@/utils/browser/storage';
import { GITLAB_COM } from '@/utils/instances';
import { App } from './App';

/** Reads what the first paint needs (the cache's head) before any component mounts, then renders. */
async function start(): Promise<void> {
  const [list, heads] = await Promise.all([instances.getValue(), tokenCacheHeads.getValue()]);
  const first = list[0] ?? GITLAB_COM;
  // index.html says `en`; the messages may be another locale's (screen readers pronounce by it).
  document.documentElement.lang = i18n.t('language');
  // biome-ignore lint/style/noNonNullAssertion: index.html has #app.
  render(<App instances={list} initialHead={heads[first.base]} />, document.getElementById('app')!);
}

void start();
