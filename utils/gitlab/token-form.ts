import {
  ANY_CHECKBOX,
  DATEPICKER,
  DESCRIPTION,
  EXPIRY,
  FORM,
  HAML_SCOPE_CHECKBOX,
  NAME,
  OPEN_CALENDAR,
  queryFirst,
  ROLE,
  SCOPE_ITEM_WITH_TESTID,
} from './selectors';

/** A GitLab token-creation form (legacy scopes), in any of its variants. */
export interface TokenForm {
  form: HTMLFormElement;
  /** HAML forms post their DOM; Vue forms post their own state, so only events reach them. */
  kind: 'haml' | 'vue';
  name?: HTMLInputElement;
  description?: HTMLTextAreaElement;
  expiry?: HTMLInputElement;
  role?: HTMLSelectElement;
  /** Scope checkboxes keyed by scope, in page order. */
  scopes: Map<string, HTMLInputElement>;
}

export function findTokenForm(root: ParentNode): TokenForm | undefined {
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
  };
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

export function selectedScopes(form: TokenForm): string[] {
  return [...form.scopes].filter(([, input]) => input.checked).map(([scope]) => scope);
}

/**
 * Checks exactly `wanted` and unchecks the rest with real clicks, the events GitLab's checkboxes
 * (HAML and BootstrapVue alike) listen to. Unchecking first matters on the 19.x selector, where
 * checking `api` disables the other boxes.
 */
export function setScopes(form: TokenForm, wanted: readonly string[]): void {
  const want = new Set(wanted);
  for (const [scope, input] of form.scopes) if (input.checked && !want.has(scope)) input.click();
  for (const [scope, input] of form.scopes) if (!input.checked && want.has(scope) && !input.disabled) input.click();
}

/** Sets a text field the way typing would: the native setter (so Vue's v-model sees it), then `input` and `change`. */
export function setFieldValue(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const prototype = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Fills a text field with Scopewise's value unless the user typed their own; `previous` is what
 * Scopewise filled before. Returns what Scopewise now owns in the field.
 */
export function fillUnlessTyped(
  field: HTMLInputElement | HTMLTextAreaElement | undefined,
  value: string,
  previous?: string,
): string | undefined {
  if (!field) return undefined;
  if (field.value !== '' && field.value !== previous) return previous;
  if (field.value !== value) setFieldValue(field, value);
  return value;
}

/**
 * Sets GitLab's datepicker (Pikaday) the only way its model changes: the field's `change`, which
 * Pikaday parses, clamps and reports to GitLab, and which also opens its calendar. Every time
 * Pikaday draws the calendar it focuses its trigger (the field, or the "Open datepicker" button)
 * 1 ms later, and that focus draws it again if a click had hidden it meanwhile. So once the focus
 * arrives, focus goes back to where the user was (or is dropped, when nothing had it) 1 ms later,
 * after any focus that last draw scheduled. The trigger's blur is Pikaday's own way to hide the
 * calendar, so its state stays its own, and no click or key the user meant for the page reaches
 * it. A user already inside the datepicker, or who moved on meanwhile, is left alone.
 */
export function setExpiryDate(input: HTMLInputElement, date: string): void {
  const picker = input.closest(DATEPICKER);
  const previous = document.activeElement as HTMLElement | null;
  setFieldValue(input, date);
  if (!picker?.querySelector(OPEN_CALENDAR) || picker.contains(previous)) return;
  const restore = () => {
    const focused = document.activeElement as HTMLElement | null;
    if (!picker.contains(focused)) return;
    if (previous?.isConnected && previous !== document.body) previous.focus();
    else focused?.blur();
  };
  picker.addEventListener('focusin', () => setTimeout(restore, 1), { once: true });
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
