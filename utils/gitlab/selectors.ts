/**
 * All of Scopewise's knowledge of GitLab's token-page DOM. Each selector list is tried in order;
 * each entry names the GitLab versions it covers and is proven against the simulator's pages
 * (test/simulator/pages.ts) by test/unit/selectors.test.ts.
 * Never labels or translated text: GitLab is localized.
 */

export const FORM = [
  'form#js-new-access-token-form', // 15.0–17.x HAML AJAX form (personal, project, group)
  'form#token-create-form', // 18.1+ Vue shared app, 19.x legacy/new
] as const;

/** ≤14.x: the HAML form has no id; it is the form that holds the HAML scope checkboxes. */
export const HAML_SCOPE_CHECKBOX = 'input[type=checkbox][name$="[scopes][]"]';
/** 18.1+ Vue form: no name attributes; every checkbox in the form is a scope. */
export const ANY_CHECKBOX = 'input[type=checkbox]';
/** 19.x grouped scope selector: `li[data-testid=<scope>]` around a checkbox without a value. */
export const SCOPE_ITEM_WITH_TESTID = 'li[data-testid]';

export const NAME = [
  'input[name$="[name]"]', // HAML, all versions
  'input[data-testid="access-token-name-field"]', // 18.1+ Vue
] as const;

export const DESCRIPTION = [
  'textarea[name$="[description]"]', // HAML 17.7+
  'textarea', // 18.1+ Vue form: its only textarea
] as const;

export const EXPIRY = [
  'input[name$="[expires_at]"]', // HAML, all versions (the Vue datepicker keeps id and name)
  '[data-testid="expiry-date-field"] input', // 17.x datepicker root, 18.1+ Vue form
  '[data-qa-selector="expiry_date_field"] input', // 15.x–16.x
  '.gl-datepicker input',
] as const;

/** GitLab's datepicker (`GlDatepicker`, 15.0+) and the Pikaday calendar it renders into itself, while open. */
export const DATEPICKER = '.gl-datepicker';
export const OPEN_CALENDAR = '.pika-single:not(.is-hidden)';

export const ROLE = ['select[name$="[access_level]"]'] as const; // project and group pages, all versions

/** Scope help on ≤14.x HAML: `fieldset.form-check` per scope; 15.0+: the Pajamas `.custom-control`. */
export const SCOPE_ITEM = ['li[data-testid]', '.custom-control', 'fieldset.form-check', 'fieldset'] as const;
/** 15.0+: a Pajamas checkbox, whose label holds the input; help goes after it, outside the label. */
export const PAJAMAS_CHECKBOX = '.custom-control';

/**
 * What holds a scope checkbox in the scope list: HAML (all versions) a `fieldset` per scope, the
 * 18.x Vue form one `[role=group]` for all of them.
 */
export const SCOPE_LIST_CONTAINER = ['fieldset', '[role="group"]'] as const;

/** The HAML scopes help paragraph (14.x–17.x); the preset bar goes after it. */
export const SCOPES_HELP = '#select_scope_help_text';

/**
 * Mount elements carrying the expiry bounds. GitLab's Vue `new Vue({ el })` replaces them on mount,
 * so they are read from a document_start observer (see utils/gitlab/early-capture.ts).
 */
export const BOUNDS_MOUNTS = [
  '.js-access-tokens-expires-at', // HAML 15.0–17.x: data-min-date / data-max-date
  '#js-shared-access-token-app', // 18.1+: data-access-token-min-date / -max-date
  '#js-create-legacy-token-app', // 19.x legacy/new
  '#js-create-granular-token-app', // 18.10+ granular/new: data-access-token-min-date / -max-date
] as const;

/**
 * 19.2 fine-grained form (`granular/new`, the layout GitLab made generally available; gitlabhq/gitlabhq
 * `app/assets/javascripts/personal_access_tokens/components/create_granular_token/`). Ids and test ids
 * valid since the 18.10 beta; the "Resource access" segmented control and one resource tree for all
 * three boundaries are 19.2's. Sections come in the order namespace, user, instance.
 */
export const FINE_GRAINED = {
  form: 'form.js-quick-submit',
  name: '#token-name',
  description: '#token-description',
  expiry: ['[data-testid="expiration-date-field"] input', '.gl-datepicker input'],
  access: '#group-access',
  accessRadio: '#group-access input[type=radio]',
  boundaryButtons: '[data-testid="access-selector"] button',
  resourceTree: '[data-testid="resource-tree"]',
  resourceCheckbox: '[data-testid="resource-tree"] input[type=checkbox]:not([data-testid="category-select-all"])',
  resourceSearch: 'input[type=search].gl-search-box-by-type-input',
  permissionsSection: '[data-testid="granular-permissions-section"]',
  selectedResource: '[data-testid="selected-resource"]',
  selectedResourceName: '[data-testid="selected-resource-name"]',
  permissionOption: 'li[role=option][data-testid^="listbox-item-"]',
  selectedNamespace: '[data-testid="selected-namespaces"] > li',
} as const;

/** The test-id prefix of every listbox option: the permission name follows it. */
export const LISTBOX_ITEM_PREFIX = 'listbox-item-';

/**
 * 19.x index: the "Generate token" `GlDisclosureDropdown`; Scopewise's preset menu goes next to it.
 * Not every release gives it a test id; it is always the dropdown in the token list's
 * `CrudComponent` header actions.
 */
export const GENERATE_TOKEN_DROPDOWN = [
  '[data-testid="create-token-dropdown"]', // 19.x (create_personal_access_token_dropdown.vue @0cf8ad66)
  '.crud-header [data-testid="crud-actions"] .gl-disclosure-dropdown', // 19.x @55eb439f: no test id
] as const;

/**
 * Where GitLab shows a token's value after creation or rotation, and other secrets on these pages.
 * Scopewise never reads, changes or stores these; the list exists so tests can prove it.
 */
export const SECRET_OUTPUTS = [
  '#created-personal-access-token', // ≤14.x
  '#new-access-token', // 15.x–17.x
  '[data-testid$="created-access-token-field"]', // 17.x–18.x; 19.2 fine-grained InputCopyToggleVisibility (no id)
  '[data-testid="created-personal-access-token-field"]', // 19.x legacy/new created view @3919ad72
  // InputCopyToggleVisibility without a test id (created_personal_access_token.vue @55eb439f): the
  // input next to its reveal button; its copy button carries no data-clipboard-text.
  '.gl-form-input-group:has([data-testid="toggle-visibility-button"]) input',
  '[data-clipboard-text]',
  '#js-tokens-app', // feed and incoming-email tokens
] as const;

export function queryFirst<T extends Element>(root: ParentNode, selectors: readonly string[]): T | undefined {
  for (const selector of selectors) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return undefined;
}
