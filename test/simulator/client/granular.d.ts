import type { VueInstance } from './access-tokens';

export function mountGranularTokenApp(
  doc: Document,
  options?: { root?: string; catalogDelayMs?: number },
): VueInstance | undefined;
