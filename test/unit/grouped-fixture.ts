/**
 * GitLab's newest grouped legacy scope selector (`create_legacy_token/scope_selector.vue`,
 * ../shared/reference/gitlab-token-pages.md §6): fieldsets with legends, `li[data-testid=<scope>]`
 * around a GlFormCheckbox whose input has no value attribute, help text in a popover.
 */
export const GROUPED_SCOPE_SELECTOR_19 = [
  'api',
  'read_api',
  'read_repository',
  'write_repository',
  'read_registry',
  'write_registry',
];

const GROUPS: Array<[string, string[]]> = [
  ['API', ['api', 'read_api']],
  ['Repository', ['read_repository', 'write_repository']],
  ['Registry', ['read_registry', 'write_registry']],
];

export function loadGroupedSelectorFixture(): void {
  document.body.setAttribute('data-page', 'user_settings:personal_access_tokens:legacy_new');
  const fieldsets = GROUPS.map(
    ([legend, scopes]) =>
      `<fieldset class="gl-mb-5"><legend class="gl-font-bold">${legend}</legend><ul class="gl-list-none gl-p-0">${scopes
        .map(
          (
            scope,
            index,
          ) => `<li data-testid="${scope}" class="gl-flex"><div class="gl-form-checkbox custom-control custom-checkbox">
<input type="checkbox" class="custom-control-input" id="${legend}-${index}"><label class="custom-control-label" for="${legend}-${index}"><span>${scope}</span></label></div>
<button id="scope-${scope}" type="button" aria-label="More information" class="btn btn-default btn-sm gl-button btn-icon"></button></li>`,
        )
        .join('')}</ul></fieldset>`,
  ).join('');
  document.body.innerHTML = `<div class="js-access-tokens-app"><h1>Generate legacy token</h1>
<form id="token-create-form"><div role="group" class="form-group"><label for="gl-form-field-1">Token name</label><input id="gl-form-field-1" class="gl-form-input form-control" data-testid="access-token-name-field"></div>
<div role="group" class="form-group"><label for="gl-form-field-2">Description</label><textarea id="gl-form-field-2"></textarea></div>
<div role="group" class="form-group"><label for="gl-form-field-3">Expiration date</label><div class="gl-datepicker" data-testid="expiry-date-field"><div><input id="gl-form-field-3" class="gl-form-input"></div></div></div>
<div role="group" class="form-group"><label>Select scopes</label>${fieldsets}</div>
<button type="submit" data-testid="create-token-button">Generate token</button></form></div>`;
}
