import { permissionResource } from '../catalog/permissions';
import type { BoundaryKey } from '../catalog/schema';
import { type ExpiryBounds, type IsoDate, pickerDateFor, utcDateOfLocalMidnight } from '../dates';
import type { FineGrainedSelection } from '../permission-summary';
import { sameMembers } from '../same-members';
import { nextTask, setExpiryDate, setFieldValue } from './fields';
import { FINE_GRAINED, LISTBOX_ITEM_PREFIX, queryFirst } from './selectors';

/**
 * GitLab's fine-grained token form (`granular/new`): finding its parts, reading what it holds, and
 * changing it the way a user does, through the events its Vue components listen to
 * (GitLab's fine-grained form components on gitlab-ui's listbox, checkbox and segmented control). Scopewise never reads the created
 * token's view, and never submits: "Generate token" stays the user's click.
 */

export const BOUNDARIES: readonly BoundaryKey[] = ['namespace', 'user', 'instance'];

export interface FineGrainedForm {
  form: HTMLFormElement;
  name: HTMLInputElement;
  description: HTMLTextAreaElement | undefined;
  expiry: HTMLInputElement | undefined;
  /** The "Group and project access" radio group. */
  access: Element;
  /** The section holding the resource and permission selector. */
  permissions: Element;
}

export function findFineGrainedForm(doc: Document): FineGrainedForm | undefined {
  const form = doc.querySelector<HTMLFormElement>(FINE_GRAINED.form);
  const name = form?.querySelector<HTMLInputElement>(FINE_GRAINED.name);
  const access = form?.querySelector(FINE_GRAINED.access);
  const section = form?.querySelector(FINE_GRAINED.permissionsSection)?.closest('section');
  if (!form || !name || !access || !section) return undefined;
  return {
    form,
    name,
    description: form.querySelector<HTMLTextAreaElement>(FINE_GRAINED.description) ?? undefined,
    expiry: queryFirst<HTMLInputElement>(form, FINE_GRAINED.expiry),
    access,
    permissions: section,
  };
}

/** The section holding "Group and project access": the fine-grained presets go before it. */
export function accessSection(form: FineGrainedForm): Element {
  return form.access.closest('section') ?? form.access;
}

/** The permission sections, in the order of BOUNDARIES. */
export function permissionSections(form: FineGrainedForm): Element[] {
  return [...form.form.querySelectorAll(FINE_GRAINED.permissionsSection)];
}

export function optionPermission(option: Element): string {
  return (option.getAttribute('data-testid') ?? '').slice(LISTBOX_ITEM_PREFIX.length);
}

/** Every permission option in a boundary's section, selected or not. */
export function permissionOptions(section: Element): HTMLElement[] {
  return [...section.querySelectorAll<HTMLElement>(FINE_GRAINED.permissionOption)];
}

function selectedIn(section: Element | undefined): string[] {
  if (!section) return [];
  return permissionOptions(section)
    .filter((option) => option.getAttribute('aria-selected') === 'true')
    .map(optionPermission);
}

export function readSelection(form: FineGrainedForm): FineGrainedSelection {
  const [namespace, user, instance] = permissionSections(form);
  const checked = [...form.form.querySelectorAll<HTMLInputElement>(FINE_GRAINED.accessRadio)].find(
    (radio) => radio.checked,
  );
  return {
    permissions: { namespace: selectedIn(namespace), user: selectedIn(user), instance: selectedIn(instance) },
    access: checked?.value,
    namespaceCount: form.form.querySelectorAll(FINE_GRAINED.selectedNamespace).length,
  };
}

async function waitFor<T>(find: () => T | undefined | null, timeoutMs = 15_000): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function showBoundary(form: FineGrainedForm, index: number): Promise<boolean> {
  const button = form.form.querySelectorAll<HTMLButtonElement>(FINE_GRAINED.boundaryButtons)[index];
  if (!button) return false;
  button.click();
  await nextTask();
  // Cleared so that every resource is in the tree (a search filters it).
  const search = form.permissions.querySelector<HTMLInputElement>(FINE_GRAINED.resourceSearch);
  if (search?.value) {
    setFieldValue(search, '');
    await nextTask();
  }
  // The tree appears once GitLab's catalog query has answered.
  return Boolean(await waitFor(() => form.form.querySelector(FINE_GRAINED.resourceTree)));
}

/**
 * Makes one boundary hold exactly `wanted`: resources checked in the tree one per task (checks in
 * different categories within one task overwrite each other), then options clicked one per task
 * (the listbox emits from a selection that updates only after a render).
 */
async function setBoundary(form: FineGrainedForm, index: number, wanted: readonly string[]): Promise<void> {
  if (!(await showBoundary(form, index))) return;
  const resources = new Set(wanted.map(permissionResource));
  const checkboxes = () => [...form.form.querySelectorAll<HTMLInputElement>(FINE_GRAINED.resourceCheckbox)];
  // Looked up afresh after every change: Vue may replace the elements when it re-renders.
  for (const key of checkboxes().map((checkbox) => checkbox.value)) {
    const checkbox = checkboxes().find((input) => input.value === key);
    if (checkbox && checkbox.checked !== resources.has(key)) {
      checkbox.click();
      await nextTask();
    }
  }
  const section = () => permissionSections(form)[index];
  const options = () => {
    const current = section();
    return current ? permissionOptions(current) : [];
  };
  for (const name of options().map(optionPermission)) {
    const option = options().find((item) => optionPermission(item) === name);
    if (option && (option.getAttribute('aria-selected') === 'true') !== wanted.includes(name)) {
      option.click();
      await nextTask();
    }
  }
}

export interface PermissionPlan {
  access?: string;
  permissions: Partial<Record<BoundaryKey, readonly string[]>>;
}

/**
 * Sets the access choice and exactly the planned permissions in every boundary (clearing the
 * others), then reads the form back. Returns the planned permissions the form did not take.
 */
export async function applyPermissionPlan(form: FineGrainedForm, plan: PermissionPlan): Promise<string[]> {
  if (plan.access) {
    const radio = [...form.form.querySelectorAll<HTMLInputElement>(FINE_GRAINED.accessRadio)].find(
      (input) => input.value === plan.access,
    );
    if (radio && !radio.checked) {
      radio.click();
      await nextTask();
    }
  }
  const before = readSelection(form).permissions;
  let lastShown = -1;
  for (const [index, boundary] of BOUNDARIES.entries()) {
    const wanted = plan.permissions[boundary] ?? [];
    const current = before[boundary];
    if (wanted.length === 0 && current.length === 0) continue;
    if (sameMembers(wanted, current)) continue;
    await setBoundary(form, index, wanted);
    lastShown = index;
  }
  // Back to "Group and project", where the user picks groups and projects next.
  if (lastShown > 0) await showBoundary(form, 0);
  const after = readSelection(form).permissions;
  return BOUNDARIES.flatMap((boundary) =>
    (plan.permissions[boundary] ?? []).filter((name) => !after[boundary].includes(name)),
  );
}

/**
 * The bounds in the dates GitLab stores through this form: its datepicker's last day is sent as
 * that day's local midnight, which outside UTC is the day before the maximum (east of UTC the
 * instant's UTC date is the day before; west, the datepicker already stops a day early).
 */
export function storableBounds(bounds: ExpiryBounds): ExpiryBounds {
  return bounds.max ? { ...bounds, max: utcDateOfLocalMidnight(bounds.max) } : bounds;
}

/**
 * Sets the expiry so that GitLab stores `utcDate`: the form sends local midnight of the picked
 * date, so east of UTC the day after is picked. The datepicker clamps to its own bounds.
 */
export function setFineGrainedExpiry(input: HTMLInputElement, utcDate: IsoDate): void {
  const picked = pickerDateFor(utcDate);
  if (input.value !== picked) setExpiryDate(input, picked);
}
