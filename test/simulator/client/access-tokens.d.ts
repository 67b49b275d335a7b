import type { VueAppConfig } from '../pages';

/** Types for the simulator's browser modules (plain JS: Vite bundles them, vitest imports them). */
export interface VueInstance {
  $el: Element;
  $options: { name?: string };
  $children: VueInstance[];
  $data: Record<string, unknown>;
  $nextTick(): Promise<void>;
}

export function mountAccessTokensApp(doc: Document, config: VueAppConfig): VueInstance | undefined;
