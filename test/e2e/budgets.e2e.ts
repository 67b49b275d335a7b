import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, FINE_GRAINED_PATHS, NON_TOKEN_PATHS, TOKEN_PATHS } from '../../bench/budgets';
import { injectedInto } from '../../bench/injected';

const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((name) => [name, resolve(import.meta.dirname, '../../.output', name)]);

describe.each(BUILDS)('%s build', (_name, build) => {
  it.each(TOKEN_PATHS)(`injects at most ${BUDGETS.injectedGzipBytes} bytes gzip on %s`, (path) => {
    const injected = injectedInto(build as string, `https://gitlab.com${path}`);
    expect(injected.files).toEqual(['content-scripts/legacy-form.js', 'content-scripts/legacy-form.css']);
    expect(injected.gzipBytes).toBeLessThanOrEqual(BUDGETS.injectedGzipBytes);
  });

  it.each(FINE_GRAINED_PATHS)(`injects at most ${BUDGETS.injectedGzipBytes} bytes gzip on %s`, (path) => {
    const injected = injectedInto(build as string, `https://gitlab.com${path}`);
    expect(injected.files).toEqual(['content-scripts/fine-grained-form.js', 'content-scripts/fine-grained-form.css']);
    expect(injected.gzipBytes).toBeLessThanOrEqual(BUDGETS.injectedGzipBytes);
  });

  it.each(NON_TOKEN_PATHS)('injects nothing on %s', (path) => {
    const injected = injectedInto(build as string, `https://gitlab.com${path}`);
    expect(injected.files).toEqual([]);
    expect(injected.rawBytes).toBe(BUDGETS.otherPagesBytes);
  });
});
