import { vi } from 'vitest';

/**
 * The tests' one poll loop (vitest's `vi.waitFor`): `read` again every `interval` ms until it gives
 * a value, else fails after `timeout` ms saying what never came. The deadline only ends a wait for
 * something that never comes; it is no speed requirement, so it is generous (below the unit tests'
 * 30 s): on a loaded machine GitLab's real listboxes take seconds to apply a preset.
 */
export function until<T>(
  read: () => T | false | null | undefined,
  what: string,
  { timeout = 20_000, interval = 5 }: { timeout?: number; interval?: number } = {},
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
