import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium: one file at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // vitest's 1 s default is shorter than what the polls wait for on a loaded machine (a fine-grained
    // preset takes up to 0.8 s at p95, a popup refresh or a Vue mount about as long).
    expect: { poll: { timeout: 10_000 } },
  },
});
