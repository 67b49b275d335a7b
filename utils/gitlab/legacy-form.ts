import { nextTask, setFieldValue } from './fields';
import {
  ANY_CHECKBOX,
  DESCRIPTION,
  EXPIRY,
  FORM,
  HAML_SCOPE_CHECKBOX,
  NAME,
  PAJAMAS_CHECKBOX,
  queryFirst,
  ROLE,
  SCOPE_ITEM,
  SCOPE_ITEM_WITH_TESTID,
  SCOPE_LIST_CONTAINER,
  SCOPES_HELP,
} from './selectors';

/** A GitLab token-creation form (legacy scopes), in any of its variants. */
export interface LegacyForm {
  form: HTMLFormElement;
  /** HAML forms post their DOM; Vue forms post their own state, so only events reach them. */
  kind: 'haml' | 'vue';
  name?: HTMLInputElement;
  description?: HTMLTextAreaElement;
  expiry?: HTMLInputElement;
  role?: HTMLSelectElement;
  /** Scope checkboxes keyed by scope, in page order. */
  scopes: Map<string, HTMLInputElement>;
  /**
   * GitLab's grouped scope selector (`scope_selector.vue`): it computes each change from what it
   * rendered last, so it takes one change per task, and checking `api` clears and disables the rest.
   */
  grouped: boolean;
}

export function findLegacyForm(root: ParentNode): LegacyForm | undefined {
  const form =
    queryFirst<HTMLFormElement>(root, FORM) ??
    root.querySelector(HAML_SCOPE_CHECKBOX)?.closest('form') ?? // ≤14.x: no form id
    undefined;
  if (!form) return undefined;
  const scopes = scopeCheckboxes(form);
  if (scopes.size === 0) return undefined;
  return {
    form,
    kind: form.querySelector(HAML_SCOPE_CHECKBOX) ? 'haml' : 'vue',
    name: queryFirst(form, NAME),
    description: queryFirst(form, DESCRIPTION),
    expiry: queryFirst(form, EXPIRY),
    role: queryFirst(form, ROLE),
    scopes,
    grouped: [...scopes.values()].some((input) => isGroupedScope(input)),
  };
}

/** A checkbox of the grouped selector: no value of its own, a `li[data-testid=<scope>]` around it. */
function isGroupedScope(input: HTMLInputElement): boolean {
  const value = input.getAttribute('value');
  return (!value || value === 'on' || value === 'true') && input.closest(SCOPE_ITEM_WITH_TESTID) !== null;
}

/**
 * The scope a checkbox stands for: its value (HAML, 18.x Vue), else the `li[data-testid]` around it
 * (19.x grouped selector, whose inputs carry no value), else its `data-testid="<scope>-checkbox"`.
 */
export function scopeOfCheckbox(input: HTMLInputElement): string | undefined {
  const value = input.getAttribute('value');
  if (value && value !== 'on' && value !== 'true') return value;
  const item = input.closest<HTMLElement>(SCOPE_ITEM_WITH_TESTID)?.dataset.testid;
  if (item) return item;
  const testid = input.dataset.testid?.replace(/-checkbox$/, '');
  // Any scope-shaped id counts: unknown (newer) scopes get "Unknown risk", not silence.
  return testid && /^[a-z_]+$/.test(testid) ? testid : undefined;
}

function scopeCheckboxes(form: HTMLFormElement): Map<string, HTMLInputElement> {
  const haml = form.querySelectorAll<HTMLInputElement>(HAML_SCOPE_CHECKBOX);
  const inputs = haml.length > 0 ? haml : form.querySelectorAll<HTMLInputElement>(ANY_CHECKBOX);
  const scopes = new Map<string, HTMLInputElement>();
  for (const input of inputs) {
    const scope = scopeOfCheckbox(input);
    if (scope && !scopes.has(scope)) scopes.set(scope, input);
  }
  return scopes;
}

/**
 * Where the scope list starts and ends: HAML forms put each scope in a `fieldset` after the
 * `#select_scope_help_text` paragraph (Scopewise's elements go after it); the 18.x Vue form puts
 * them all in one `[role=group]` (they go before the first scope's).
 */
export function scopeListEdges(form: LegacyForm): {
  first: Element;
  firstPlacement: 'before' | 'after';
  last: Element;
} {
  const inputs = [...form.scopes.values()];
  const container = (input: HTMLInputElement) =>
    SCOPE_LIST_CONTAINER.map((selector) => input.closest(selector)).find((found) => found) ??
    input.parentElement ??
    input;
  // biome-ignore lint/style/noNonNullAssertion: a LegacyForm always has at least one scope.
  const first = container(inputs[0]!);
  // biome-ignore lint/style/noNonNullAssertion: as above.
  const last = container(inputs.at(-1)!);
  const help = form.form.querySelector(SCOPES_HELP);
  return help ? { first: help, firstPlacement: 'after', last } : { first, firstPlacement: 'before', last };
}

/**
 * The element of the form around one scope's checkbox, where its help goes: inside a per-scope
 * container (≤14.x fieldset, 19.x li, as its last child), after a Pajamas checkbox (outside its label).
 */
export function scopeItem(
  form: LegacyForm,
  input: HTMLInputElement,
): { item: Element; placement: 'after' | 'last' } | undefined {
  const item = SCOPE_ITEM.map((selector) => input.closest(selector)).find(
    (found) => found && form.form.contains(found),
  );
  if (!item) return undefined;
  return { item, placement: item.matches(PAJAMAS_CHECKBOX) ? 'after' : 'last' };
}

export function selectedScopes(form: LegacyForm): string[] {
  return [...form.scopes].filter(([, input]) => input.checked).map(([scope]) => scope);
}

/** The scope that stands alone on the grouped selector: it covers every other one there. */
const API = 'api';

/**
 * The scopes a form will hold when asked for `wanted`: on the grouped selector `api` alone, since
 * checking it clears and disables every other scope (and covers them).
 */
export function scopesFormHolds(form: LegacyForm, wanted: readonly string[]): string[] {
  return form.grouped && wanted.includes(API) ? [API] : [...wanted];
}

/**
 * Checks exactly `wanted` (as `scopesFormHolds` gives it) and unchecks the rest with real clicks,
 * the events GitLab's checkboxes (HAML and BootstrapVue alike) listen to. Unchecking first, `api`
 * first: while it is checked the grouped selector disables the other boxes. Every form but the
 * grouped selector takes all clicks in one task, and is done when this returns; the grouped one
 * gets one click per task, each chosen from what the page shows after the last, until nothing is
 * left to change or `isCurrent` says a newer request took over.
 */
export async function setScopes(
  form: LegacyForm,
  wanted: readonly string[],
  isCurrent: () => boolean = () => true,
): Promise<void> {
  const want = new Set(wanted);
  const nextClick = (): HTMLInputElement | undefined => {
    const entries = [...form.scopes];
    const uncheck = entries.filter(([scope, input]) => input.checked && !want.has(scope));
    const check = entries.filter(([scope, input]) => !input.checked && want.has(scope) && !input.disabled);
    const ordered = [...uncheck.filter(([scope]) => scope === API), ...uncheck, ...check];
    return ordered[0]?.[1];
  };
  if (!form.grouped) {
    for (const [scope, input] of form.scopes) if (input.checked && !want.has(scope)) input.click();
    for (const [scope, input] of form.scopes) if (!input.checked && want.has(scope) && !input.disabled) input.click();
    return;
  }
  // Each click changes one box, so twice the boxes bounds the clicks even if GitLab ignores some.
  for (let clicks = 0; clicks < form.scopes.size * 2 && isCurrent(); clicks++) {
    const input = nextClick();
    if (!input?.isConnected) return;
    input.click();
    await nextTask();
  }
}

/** Selects the lowest offered role at or above `minimum` (GitLab access levels). Returns whether one was found. */
export function setMinimumRole(select: HTMLSelectElement, minimum: number): boolean {
  const levels = [...select.options]
    .map((option) => Number(option.value))
    .filter((level) => Number.isFinite(level) && level >= minimum)
    .sort((a, b) => a - b);
  const level = levels[0];
  if (level === undefined) return false;
  if (select.value !== String(level)) setFieldValue(select, String(level));
  return true;
}
