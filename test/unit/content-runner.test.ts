import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runOnTokenPage } from '../../utils/content-script/runner';

declare const happyDOM: { setURL(url: string): void };

it.each([
  'https://gitlab.com/explore/projects?q=-/user_settings/personal_access_tokens',
  'https://gitlab.com/dashboard/issues?search=/-/settings/access_tokens',
])('a page the match patterns catch only by its query string gets no work at all: %s', async (url) => {
  happyDOM.setURL(url);
  const read = vi.spyOn(fakeBrowser.storage.local, 'get');
  const observe = vi.spyOn(MutationObserver.prototype, 'observe');
  const decorate = vi.fn(() => () => {});
  const ctx = { isValid: true } as unknown as ContentScriptContext;
  await runOnTokenPage(ctx, () => true, decorate);
  expect(read).not.toHaveBeenCalled();
  expect(observe).not.toHaveBeenCalled();
  expect(decorate).not.toHaveBeenCalled();
});

it('a token page still gets its work (the check above can see it)', async () => {
  happyDOM.setURL('https://gitlab.com/-/user_settings/personal_access_tokens');
  const read = vi.spyOn(fakeBrowser.storage.local, 'get');
  const ctx = { isValid: false } as unknown as ContentScriptContext;
  await runOnTokenPage(ctx, () => true, vi.fn());
  expect(read).toHaveBeenCalled();
});
