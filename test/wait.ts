import { vi } from 'vitest';

/**
 * The tests' one poll loop (vitest's `vi.waitFor`): `read` again every `interval` ms until it gives
 * a value, else fails after `timeout` ms saying what never came.
 */
export function until<T>(
  read: () => T | false | null | undefined,
  what: string,
  { timeout = 3_000, interval = 5 }: { timeout?: number; interval?: number } = {},
): Promise<T> {
  return vi.waitFor(
    () => {
      const value = read();
      if (value === false || value === null || value === undefined) throw new Error(`timed out waiting for ${what}`);
      return value;
    },
    { timeout, interval },
  );
}
