// The browser side of the GitLab simulator: what GitLab's JavaScript does to its token pages.
// Plain ES2020 so the same module runs in Chromium, Firefox and (for unit tests) happy-dom.
// Vue 2.7 (the `vue` package's full build) drives the 18.x+ forms with real v-model bindings, so a
// value set without the events GitLab listens to is not submitted; their datepicker is the real
// Pikaday (./datepicker.js).

import { defineInputCopyToggleVisibility } from './created-token.js';
import { defineDatepicker, formatLocalDate, setUTCTime } from './datepicker.js';
import { mountGranularTokenApp } from './granular.js';

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

// ---------------------------------------------------------------- Vue apps (18.x, 19.x)

function defineComponents(Vue, Pikaday) {
  if (Vue.options.components.AccessTokenForm) return;
  defineDatepicker(Vue, Pikaday);
  defineInputCopyToggleVisibility(Vue);

  Vue.component('AccessTokenForm', {
    props: ['availableScopes', 'initial', 'minDate', 'maxDate', 'submitText'],
    data() {
      // `defaultDate(maxDate)`: now + 30 days (time of day kept), or the maximum when that is sooner.
      const in30Days = new Date(Date.now() + 30 * 86_400_000);
      const defaultDate = this.maxDate && this.maxDate < in30Days ? this.maxDate : in30Days;
      return {
        values: {
          name: this.initial.name,
          description: this.initial.description,
          expiresAt: defaultDate,
          scopes: [...this.initial.scopes],
        },
        errors: {},
        submitting: false,
      };
    },
    methods: {
      submit() {
        const errors = {};
        if (!this.values.name.trim()) errors.name = 'Token name is required.';
        if (this.values.scopes.length === 0) errors.scopes = 'At least one scope is required.';
        if (this.maxDate && !this.values.expiresAt) errors.expiresAt = 'Expiration date is required.';
        this.errors = errors;
        if (Object.keys(errors).length > 0) return;
        this.$emit('submit', {
          name: this.values.name,
          description: this.values.description,
          expires_at: this.values.expiresAt ? formatLocalDate(this.values.expiresAt) : null,
          scopes: this.values.scopes,
        });
      },
    },
    template: `<form id="token-create-form" class="gl-rounded-base gl-bg-subtle gl-p-5" @submit.prevent="submit">
      <div>
        <div role="group" class="form-group gl-form-group">
          <label for="gl-form-field-1" class="d-block col-form-label">Token name</label>
          <input id="gl-form-field-1" class="gl-form-input form-control" data-testid="access-token-name-field" v-model="values.name">
          <div v-if="errors.name" class="invalid-feedback gl-block">{{ errors.name }}</div>
        </div>
        <div role="group" class="form-group gl-form-group">
          <label for="gl-form-field-2" class="d-block col-form-label">Description (optional)</label>
          <textarea id="gl-form-field-2" class="gl-form-input gl-form-textarea form-control" v-model="values.description"></textarea>
        </div>
        <div role="group" class="form-group gl-form-group">
          <label for="gl-form-field-3" class="d-block col-form-label">Expiration date</label>
          <gl-datepicker v-model="values.expiresAt" input-id="gl-form-field-3" :min-date="minDate" :max-date="maxDate"
            :target="null" show-clear-button data-testid="expiry-date-field" @clear="values.expiresAt = null" />
          <div v-if="errors.expiresAt" class="invalid-feedback gl-block">{{ errors.expiresAt }}</div>
        </div>
        <div role="group" class="form-group gl-form-group">
          <label class="d-block col-form-label">Select scopes</label>
          <div id="gl-form-field-4" role="group" tabindex="-1" class="bv-no-focus-ring">
            <div v-for="(scope, index) in availableScopes" :key="scope.value" class="gl-form-checkbox custom-control custom-checkbox">
              <input type="checkbox" class="custom-control-input" :id="String(17 + index)" name="gl-form-field-4" :value="scope.value" :data-testid="scope.value + '-checkbox'" v-model="values.scopes">
              <label class="custom-control-label" :for="String(17 + index)"><span>{{ scope.value }}</span><p class="help-text">{{ scope.text }}</p></label>
            </div>
          </div>
          <div v-if="errors.scopes" class="invalid-feedback gl-block">{{ errors.scopes }}</div>
        </div>
      </div>
      <div class="gl-flex gl-gap-3">
        <button type="submit" class="btn btn-confirm gl-button js-no-auto-disable" data-testid="create-token-button">{{ submitText }}</button>
        <button type="reset" class="btn btn-default gl-button" @click="$emit('cancel')">Cancel</button>
      </div>
    </form>`,
  });
}

/** 18.1+ `#js-shared-access-token-app` and 19.x `#js-create-legacy-token-app`. */
export function mountVueTokenApp(doc, Vue, Pikaday, config) {
  const el = doc.querySelector(config.mount);
  if (!el) return undefined;
  defineComponents(Vue, Pikaday);
  const data = el.dataset;
  const initial = {
    name: data.accessTokenName ?? '',
    description: data.accessTokenDescription ?? '',
    scopes: JSON.parse(data.accessTokenScopes || '[]'),
  };
  const props = {
    availableScopes: JSON.parse(data.accessTokenAvailableScopes || '[]'),
    // access_token_form.vue: `setUTCTime` of each bound; Pikaday then clamps to its local start of day.
    minDate: setUTCTime(data.accessTokenMinDate),
    maxDate: data.accessTokenMaxDate ? setUTCTime(data.accessTokenMaxDate) : null,
    createUrl: data.accessTokenCreate,
  };
  const vm = new Vue({
    el,
    data: {
      heading: config.heading,
      standalone: config.standalone,
      showForm: config.standalone || Boolean(initial.name || initial.description || initial.scopes.length),
      createdToken: '',
      // created_personal_access_token.vue puts this test id on the input (3919ad72); 55eb439f none.
      createdTokenTestid:
        config.createdTokenTestid === undefined ? 'created-personal-access-token-field' : config.createdTokenTestid,
      copied: false,
      error: '',
      initial,
      ...props,
    },
    methods: {
      async create(payload) {
        const response = await fetch(this.createUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken(doc) },
          body: JSON.stringify(payload),
          credentials: 'same-origin',
        });
        const body = await response.json();
        if (!response.ok) {
          this.error = body.message ?? 'Could not create the token.';
          return;
        }
        this.error = '';
        this.createdToken = body.token;
        this.showForm = false;
      },
    },
    template: `<div class="js-access-tokens-app">
      <header class="page-heading gl-flex gl-justify-between">
        <h1 class="page-title">{{ heading }}</h1>
        <button v-if="!standalone" type="button" class="btn btn-default gl-button" data-testid="add-new-token-button" @click="showForm = true">Add new token</button>
      </header>
      <div v-if="error" class="gl-alert gl-alert-danger">{{ error }}</div>
      <div v-if="createdToken && !standalone" class="gl-alert gl-alert-success">
        <label for="created-token">Your token</label>
        <input id="created-token" readonly autocomplete="off" class="form-control" data-testid="created-access-token-field" :value="createdToken">
      </div>
      <div v-if="createdToken && standalone" data-testid="created-token-page">
        <h2>Your new token has been created</h2>
        <section class="crud gl-new-card"><header class="crud-header gl-new-card-header"><h2 class="gl-new-card-title">Token details</h2></header>
          <div class="crud-body"><p class="gl-text-subtle">Make sure you copy your token - you won't be able to access it again.</p>
            <input-copy-toggle-visibility :value="createdToken" :testid="createdTokenTestid" label="Token details" @copied="copied = true" />
          </div></section>
        <div class="gl-mt-4 gl-flex gl-gap-3"><a class="btn btn-confirm gl-button" :class="{ disabled: !copied }" :aria-disabled="copied ? null : 'true'" href="./">Done</a></div>
      </div>
      <access-token-form v-if="showForm" :available-scopes="availableScopes" :initial="initial" :min-date="minDate" :max-date="maxDate"
        :submit-text="standalone ? 'Generate token' : 'Create token'" @submit="create" @cancel="showForm = standalone"></access-token-form>
      <table v-if="!standalone" class="table b-table gl-table" data-testid="access-token-table"><thead><tr><th>Name</th><th>Status</th></tr></thead>
        <tbody><tr><td>Old laptop</td><td>Active</td></tr></tbody></table>
    </div>`,
  });
  // vue-router's `replace({ query })`: prefill parameters and the fragment leave the URL once the app is up.
  if (doc.defaultView?.history && doc.location) {
    doc.defaultView.history.replaceState(null, '', doc.location.pathname);
  }
  return vm;
}

/**
 * 19.x index: the token list in a `CrudComponent` whose header actions hold the "Generate token"
 * `GlDisclosureDropdown` (Fine-grained / Legacy). Its root carries
 * `data-testid="create-token-dropdown"` at 0cf8ad66 but nothing at 55eb439f (`dropdownTestid: false`);
 * the panel is always in the DOM and shown with `!gl-block`; item test ids sit on the links.
 */
export function mountIndexApp(doc, Vue, { dropdownTestid = true } = {}) {
  const el = doc.getElementById('js-personal-access-token-app');
  if (!el) return undefined;
  return new Vue({
    el,
    data: { open: false, dropdownTestid },
    template: `<div class="gl-mb-5">
      <header class="page-heading"><h1 class="page-title">Personal access tokens</h1></header>
      <section class="crud gl-new-card">
        <header class="crud-header gl-new-card-header">
          <div class="gl-flex gl-grow"><h2 class="gl-new-card-title" data-testid="crud-title">Personal access tokens</h2></div>
          <div class="gl-flex gl-gap-3" data-testid="crud-actions">
            <div class="gl-new-dropdown gl-disclosure-dropdown" :data-testid="dropdownTestid ? 'create-token-dropdown' : null">
              <button id="dropdown-toggle-btn-1" type="button" data-testid="base-dropdown-toggle" aria-haspopup="menu" :aria-expanded="String(open)"
                aria-controls="base-dropdown-2" class="btn btn-default btn-sm gl-button gl-new-dropdown-toggle" @click="open = !open">
                <span class="gl-button-text"><span class="gl-new-dropdown-button-text">Generate token</span></span></button>
              <div id="base-dropdown-2" data-testid="base-dropdown-menu" class="gl-new-dropdown-panel" :class="{ '!gl-block': open }">
                <div class="gl-new-dropdown-inner"><ul id="disclosure-3" aria-labelledby="dropdown-toggle-btn-1" class="gl-new-dropdown-contents">
                  <li tabindex="0" data-testid="disclosure-dropdown-item" class="gl-new-dropdown-item">
                    <a href="/-/user_settings/personal_access_tokens/granular/new" tabindex="-1" class="gl-new-dropdown-item-content">
                      <span class="gl-new-dropdown-item-text-wrapper">Fine-grained token <span class="gl-badge badge">Beta</span></span></a></li>
                  <li tabindex="0" data-testid="disclosure-dropdown-item" class="gl-new-dropdown-item">
                    <a href="/-/user_settings/personal_access_tokens/legacy/new" tabindex="-1" data-testid="create-legacy-token-item" class="gl-new-dropdown-item-content">
                      <span class="gl-new-dropdown-item-text-wrapper">Legacy token</span></a></li>
                </ul></div>
              </div>
            </div>
          </div>
        </header>
        <div class="crud-body" data-testid="crud-body">
          <table class="table b-table gl-table"><thead><tr><th>Name</th><th>Status</th></tr></thead><tbody><tr><td>Old laptop</td><td>Active</td></tr></tbody></table>
        </div>
      </section>
    </div>`,
  });
}

// ---------------------------------------------------------------- boot

/** Delay before Vue apps mount, as GitLab's bundles arrive after the HTML. */
export const VUE_MOUNT_DELAY_MS = 40;

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

export function boot(doc, Vue, Pikaday, config) {
  if (config.vue) {
    setTimeout(() => mountVueTokenApp(doc, Vue, Pikaday, config.vue), VUE_MOUNT_DELAY_MS);
  } else if (config.variant === 'v19-granular') {
    setTimeout(() => mountGranularTokenApp(doc, Vue, Pikaday, { root: config.root ?? '' }), VUE_MOUNT_DELAY_MS);
  } else if (config.index) {
    setTimeout(() => mountIndexApp(doc, Vue, config.index), VUE_MOUNT_DELAY_MS);
  } else {
    bootHaml(doc, config.variant);
  }
}
