// What GitLab's JavaScript does to its HAML token pages (14.x – 17.x): rails-ujs remote forms, the
// expiry field's mount, the token card and the new-token area. Plain ES2020, no Vue.

import { toISODateFormat as formatLocalDate } from './dates.js';

const startOfDay = (date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());
/** Pikaday's parse for YYYY-MM-DD: a local date. */
const parseLocalDate = (text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text).trim());
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
};
/** The HAML pages' field reads bounds with `new Date(value)`; Pikaday compares start-of-day local dates and clamps. */
const bound = (value) => (value ? startOfDay(new Date(value)) : null);
function clampDate(date, min, max) {
  if (min && date < min) return min;
  if (max && date > max) return max;
  return date;
}
const inDays = (count) => {
  const today = startOfDay(new Date());
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + count);
};

function csrfToken(doc) {
  return doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
}

// ---------------------------------------------------------------- HAML pages (14.x – 17.x)

/**
 * Replaces `.js-access-tokens-expires-at` the way GitLab's `initExpiresAtField` Vue app does: the
 * wrapper (and its data-min-date / data-max-date) disappears, the input keeps its id and name, and
 * a Pikaday-like picker parses the field on `change`, clamps it to the bounds and writes it back.
 */
export function mountHamlExpiry(doc, { defaultDays, testid }) {
  const wrapper = doc.querySelector('.js-access-tokens-expires-at');
  if (!wrapper) return;
  const oldInput = wrapper.querySelector('input');
  const min = bound(wrapper.dataset.minDate) ?? startOfDay(new Date());
  const max = bound(wrapper.dataset.maxDate);
  const group = doc.createElement('div');
  group.setAttribute('role', 'group');
  group.className = 'form-group gl-form-group';
  group.innerHTML = `<div class="gl-datepicker gl-inline-block gl-w-full gl-form-input-md" ${testid}><div class="gl-flex gl-items-center"><div class="gl-relative gl-w-full"></div></div></div>`;
  const input = doc.createElement('input');
  for (const name of ['id', 'name', 'placeholder', 'class', 'autocomplete']) {
    if (oldInput.hasAttribute(name)) input.setAttribute(name, oldInput.getAttribute(name));
  }
  input.type = 'text';
  input.dataset.testid = 'gl-datepicker-input';
  if (defaultDays) input.value = formatLocalDate(clampDate(inDays(defaultDays), min, max));
  group.querySelector('.gl-relative').append(input);
  wrapper.replaceWith(group);
  input.addEventListener('change', (event) => {
    if (event.detail === 'pikaday') return;
    const date = parseLocalDate(input.value);
    if (!date) return;
    input.value = formatLocalDate(clampDate(date, min, max));
    input.dispatchEvent(new CustomEvent('change', { bubbles: true, detail: 'pikaday' }));
  });
}

/** `js-requires-input`: the submit button stays disabled until every required field has a value. */
function requireInputs(form) {
  const submit = form.querySelector('[type=submit]');
  const update = () => {
    submit.disabled = [...form.querySelectorAll('[required]')].some((field) => !field.value.trim());
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}

/** The "your new token" area (`new_access_token_app.vue`), shown after `ajax:success`. */
function mountNewTokenApp(doc, form, { era }) {
  const mount = doc.getElementById('js-new-access-token-app');
  if (!mount) return;
  const section = doc.createElement('div');
  section.dataset.testid = 'access-token-section';
  mount.replaceWith(section);
  form.addEventListener('ajax:success', (event) => {
    const token = event.detail.new_token;
    const fieldAttr =
      era === 17 ? 'data-testid="created-access-token-field"' : 'data-qa-selector="created_access_token_field"';
    section.innerHTML = `<div class="gl-alert gl-alert-success" data-testid="success-message"><label for="new-access-token">Your new token</label><input id="new-access-token" name="new-access-token" readonly class="form-control input-copy-show-disc qa-created-access-token" ${fieldAttr}></div>`;
    section.querySelector('input').value = token;
    // GitLab clears everything but the expiry, and unchecks every scope.
    for (const input of form.querySelectorAll('input[type=text]:not([id$=expires_at])')) input.value = '';
    for (const textarea of form.querySelectorAll('textarea')) textarea.value = '';
    for (const checkbox of form.querySelectorAll('input[type=checkbox]')) checkbox.checked = false;
    if (era === 17) {
      form.closest('.js-add-new-token-form')?.classList.add('gl-hidden');
      const toggle = doc.querySelector('.js-token-card .js-toggle-button[data-testid=add-new-token-button]');
      if (toggle) toggle.hidden = false;
    }
  });
  form.addEventListener('ajax:error', (event) => {
    section.innerHTML = `<div class="gl-alert gl-alert-danger" data-testid="error-message"></div>`;
    section.firstElementChild.textContent = event.detail.errors.join(', ');
  });
}

/** rails-ujs for `form[data-remote]`: posts the form's DOM by fetch and fires ajax:success / ajax:error. */
function remoteForm(doc, form) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrfToken(doc) },
      credentials: 'same-origin',
    });
    const detail = await response.json();
    form.dispatchEvent(new CustomEvent(response.ok ? 'ajax:success' : 'ajax:error', { detail }));
  });
}

/** 16.3–17.x: the form sits hidden in a card until "Add new token"; 17.4+ opens it for name/scopes URL params. */
function tokenCard(doc) {
  const card = doc.querySelector('.js-token-card');
  if (!card) return;
  const formWrapper = card.querySelector('.js-add-new-token-form');
  const toggle = card.querySelector('[data-testid=add-new-token-button]');
  const open = () => {
    formWrapper.classList.remove('gl-hidden');
    toggle.hidden = true;
  };
  toggle.addEventListener('click', open);
  formWrapper.querySelector('button[type=reset]')?.addEventListener('click', () => {
    formWrapper.classList.add('gl-hidden');
    toggle.hidden = false;
  });
  const params = new URLSearchParams(doc.location?.search ?? '');
  if (params.has('name') || params.has('scopes')) open();
}

function tableApp(doc) {
  const mount = doc.getElementById('js-access-token-table-app');
  if (!mount) return;
  const tokens = JSON.parse(mount.dataset.initialActiveAccessTokens || '[]');
  const table = doc.createElement('table');
  table.className = 'table b-table gl-table';
  table.dataset.testid = 'active-tokens';
  table.innerHTML = '<thead><tr><th>Token name</th><th>Scopes</th><th>Expires</th></tr></thead><tbody></tbody>';
  for (const token of tokens) {
    const row = table.tBodies[0].insertRow();
    for (const text of [token.name, token.scopes.join(', '), token.expires_at]) row.insertCell().textContent = text;
  }
  mount.replaceWith(table);
}

export function bootHaml(doc, variant) {
  const era = variant === 'v14' ? 14 : variant === 'v15' ? 15 : 17;
  mountHamlExpiry(doc, {
    defaultDays: era === 14 ? null : 30,
    testid: era === 17 ? 'data-testid="expiry-date-field"' : 'data-qa-selector="expiry_date_field"',
  });
  const form = doc.getElementById('js-new-access-token-form');
  if (form) {
    if (form.classList.contains('js-requires-input')) requireInputs(form);
    remoteForm(doc, form);
    mountNewTokenApp(doc, form, { era });
  } else {
    const plain = doc.querySelector('form.js-requires-input');
    if (plain) requireInputs(plain);
  }
  if (era === 17) tokenCard(doc);
  tableApp(doc);
}
