import { DATEPICKER, OPEN_CALENDAR } from './selectors';

/**
 * Changing the fields both token forms share (name, description, expiry) the way a user does,
 * through the events GitLab listens to.
 */

/**
 * One task: lets Vue re-render after a change (its nextTick is a microtask). GitLab's grouped scope
 * selector, listboxes and checkbox groups compute a change from what they rendered last, so the
 * adapters make one change per task.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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
function fillUnlessTyped(
  field: HTMLInputElement | HTMLTextAreaElement | undefined,
  value: string,
  previous?: string,
): string | undefined {
  if (!field) return undefined;
  if (field.value !== '' && field.value !== previous) return previous;
  if (field.value !== value) setFieldValue(field, value);
  return value;
}

/** What Scopewise filled in a form's name and description, so that a second preset may replace them but never the user's own text. */
export interface FilledFields {
  filledName?: string;
  filledDescription?: string;
}

/** Names the token after the preset and today's (UTC) date and gives it the preset's description, unless the user typed their own. */
export function fillFromPreset(
  form: { name?: HTMLInputElement | undefined; description?: HTMLTextAreaElement | undefined },
  preset: { name: string; description: string },
  today: string,
  filled: FilledFields,
): void {
  filled.filledName = fillUnlessTyped(form.name, `${preset.name} – ${today}`, filled.filledName);
  filled.filledDescription = fillUnlessTyped(form.description, preset.description, filled.filledDescription);
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
  // A focus Pikaday never gave (it cannot focus a field inside a hidden form, e.g. 17.x's closed
  // card) must not wait for a later date's: only the latest date Scopewise set restores focus.
  if (picker) pendingRestores.get(picker)?.abort();
  setFieldValue(input, date);
  if (!picker?.querySelector(OPEN_CALENDAR) || picker.contains(previous)) return;
  const pending = new AbortController();
  pendingRestores.set(picker, pending);
  const restore = () => {
    if (pendingRestores.get(picker) === pending) pendingRestores.delete(picker);
    const focused = document.activeElement as HTMLElement | null;
    if (!picker.contains(focused)) return;
    if (previous?.isConnected && previous !== document.body) previous.focus();
    else focused?.blur();
  };
  picker.addEventListener('focusin', () => setTimeout(restore, 1), { once: true, signal: pending.signal });
}

/** The focus restore each datepicker still waits for, by datepicker. */
const pendingRestores = new WeakMap<Element, AbortController>();
