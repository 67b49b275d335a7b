import type { VueInstance } from './gitlab';

/** Types for the simulator's fine-grained form (plain JS so browsers load it as is). */
export function mountGranularTokenApp(
  doc: Document,
  Vue: unknown,
  Pikaday: unknown,
  options?: { root?: string; catalogDelayMs?: number },
): VueInstance | undefined;
