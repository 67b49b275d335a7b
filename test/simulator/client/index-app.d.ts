import type { VueInstance } from './access-tokens';

export function mountIndexApp(
  doc: Document,
  options?: { dropdownTestid?: boolean; root?: string },
): VueInstance | undefined;
