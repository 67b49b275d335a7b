import type { Placement } from '@/utils/content-script/mount';
import { SCOPES_HELP } from '@/utils/gitlab/selectors';
import type { TokenForm } from '@/utils/gitlab/token-form';

/**
 * Where the scope list starts and ends: HAML forms put each scope in a `fieldset` after the
 * `#select_scope_help_text` paragraph; the 18.x Vue form puts them all in one `[role=group]`.
 */
export function scopeListEdges(form: TokenForm): {
  first: Element;
  firstPlacement: Placement;
  last: Element;
} {
  const inputs = [...form.scopes.values()];
  const container = (input: HTMLInputElement) =>
    input.closest('fieldset') ?? input.closest('[role="group"]') ?? input.parentElement ?? input;
  // biome-ignore lint/style/noNonNullAssertion: a TokenForm always has at least one scope.
  const first = container(inputs[0]!);
  // biome-ignore lint/style/noNonNullAssertion: as above.
  const last = container(inputs.at(-1)!);
  const help = form.form.querySelector(SCOPES_HELP);
  return help ? { first: help, firstPlacement: 'after', last } : { first, firstPlacement: 'before', last };
}
