// What GitLab's JavaScript does to its HAML token pages (14.x – 17.x): rails-ujs remote forms, the
// expiry field's Vue mount (gitlab-ui's real GlDatepicker), the token card and the new-token area.

import { Vue } from './gitlab-ui.js';

function csrfToken(doc) {
  return doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
}

// ---------------------------------------------------------------- HAML pages (14.x – 17.x)

/**
 * GitLab's `initExpiresAtField`: `expires_at_field.vue` (a GlFormGroup around gitlab-ui's real
 * GlDatepicker, `target: null`) replaces `.js-access-tokens-expires-at`, so the wrapper and its
 * data-min-date / data-max-date disappear, and the field keeps the HAML input's id, name and
 * placeholder, which the form posts natively. It defaults to 30 days from now (15.3+; capped at the
 * maximum from 17.x); `testAttrs`: the test attribute each era puts on the datepicker.
 */
export function mountHamlExpiry(doc, { testAttrs }) {
  const wrapper = doc.querySelector('.js-access-tokens-expires-at');
  if (!wrapper) return undefined;
  const input = wrapper.querySelector('input');
  const inputAttrs = { id: input.id, name: input.name, placeholder: input.getAttribute('placeholder') ?? undefined };
  const minDate = wrapper.dataset.minDate ? new Date(wrapper.dataset.minDate) : new Date();
  const maxDate = wrapper.dataset.maxDate ? new Date(wrapper.dataset.maxDate) : null;
  const in30Days = new Date(Date.now() + 30 * 86_400_000);
  const defaultDate = maxDate && maxDate < in30Days ? maxDate : in30Days;
  return new Vue({
    el: wrapper,
    data: { inputAttrs, minDate, maxDate, defaultDate, testAttrs },
    template: `<gl-form-group label="Expiration date" :label-for="inputAttrs.id">
      <gl-datepicker :target="null" :min-date="minDate" :max-date="maxDate" :default-date="defaultDate" show-clear-button
        :input-name="inputAttrs.name" :input-id="inputAttrs.id" :placeholder="inputAttrs.placeholder" v-bind="testAttrs" />
    </gl-form-group>`,
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
  // 14.x's field stays as the server sent it: gitlab-ui 137's datepicker shows today in an empty
  // field (its `parse` turns '' into now), which the gitlab-ui GitLab 14 shipped did not.
  if (era !== 14) {
    mountHamlExpiry(doc, {
      testAttrs: era === 17 ? { 'data-testid': 'expiry-date-field' } : { 'data-qa-selector': 'expiry_date_field' },
    });
  }
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
