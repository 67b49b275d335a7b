import type { VueAppConfig } from '../pages';

/** Types for the simulator's browser module (plain JS so browsers load it as is). */
export function mountHamlExpiry(doc: Document, options: { defaultDays: number | null; testid: string }): void;
export function bootHaml(doc: Document, variant: string): void;
export function mountVueTokenApp(
  doc: Document,
  Vue: unknown,
  Pikaday: unknown,
  config: VueAppConfig,
): VueInstance | undefined;
export function mountIndexApp(
  doc: Document,
  Vue: unknown,
  options?: { dropdownTestid?: boolean },
): VueInstance | undefined;
export function boot(doc: Document, Vue: unknown, Pikaday: unknown, config: object): void;
export const VUE_MOUNT_DELAY_MS: number;

export interface VueInstance {
  $el: Element;
  $children: VueInstance[];
  $data: Record<string, unknown>;
  $nextTick(): Promise<void>;
}
