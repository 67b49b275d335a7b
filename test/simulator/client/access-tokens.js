// GitLab's legacy-scope token pages on its real components: the 18.x "shared access token app"
// (`vue_shared/access_tokens/components/access_tokens.vue` + `access_token_form.vue`, store
// `stores/access_tokens.js`), 19.x `legacy/new` (`create_legacy_personal_access_token_form.vue`,
// the same form) and the newest grouped `scope_selector.vue` wired into that form the obvious way.
// Written from GitLab's source (gitlabhq/gitlabhq 0286e4c6, 55eb439f, 1f79dac7), not copied.
// The store is a `Vue.observable` instead of pinia: a pinia store's state is the same reactive
// object, changed synchronously by its actions, so the timing Scopewise meets is kept.
import { defineInputCopyToggleVisibility } from './created-token.js';
import { setUTCTime, toISODateFormat } from './dates.js';
import { formValidators, Vue } from './gitlab-ui.js';

const csrfToken = (doc) => doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

/** `vue_shared/access_tokens/utils.js` `defaultDate`: now + 30 days, or the maximum when that is sooner. */
function defaultDate(maxDate) {
  const in30Days = new Date(Date.now() + 30 * 86_400_000);
  return maxDate && maxDate < in30Days ? maxDate : in30Days;
}

function createStore(doc) {
  const store = Vue.observable({ alert: null, busy: false, showCreateForm: false, token: null, urlCreate: '' });
  return Object.assign(store, {
    setup({ urlCreate, showCreateForm }) {
      store.urlCreate = urlCreate;
      store.showCreateForm = showCreateForm;
    },
    setShowCreateForm(value) {
      store.showCreateForm = value;
    },
    /** axios.post of `{ name, description, expires_at, scopes }`; the server answers `{ token }`. */
    async createToken({ name, description, expiresAt, scopes }) {
      store.alert = null;
      store.busy = true;
      try {
        const response = await fetch(store.urlCreate, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken(doc) },
          body: JSON.stringify({ name, description, expires_at: expiresAt, scopes }),
          credentials: 'same-origin',
        });
        const data = await response.json().catch(() => ({}));
        if (!response.ok) throw Object.assign(new Error('create failed'), { data });
        store.token = data.token;
        store.showCreateForm = false;
      } catch (error) {
        store.alert = error.data?.error ?? error.data?.message ?? 'An error occurred while creating the token.';
      } finally {
        store.busy = false;
      }
    },
  });
}

/** `vue_shared/components/errors_alert.vue`: the form's validation errors above it. */
const ErrorsAlert = {
  props: { errors: { type: Array, required: true }, title: { type: String, default: '' } },
  template: `<gl-alert v-if="errors.length" variant="danger" :title="title" class="gl-mt-5" @dismiss="$emit('dismiss')">
    <ul class="gl-mb-0 gl-pl-5"><li v-for="error in errors" :key="error">{{ error }}</li></ul>
  </gl-alert>`,
};

const SCOPE_API = 'api';
/** `scope_selector.vue`'s categories; scopes it does not list land in "Other". */
const SCOPE_CATEGORIES = [
  { label: '', scopes: [SCOPE_API, 'read_api'] },
  { label: 'AI', scopes: ['ai_features'] },
  { label: 'Repository', scopes: ['read_repository', 'write_repository'] },
  { label: 'Registry', scopes: ['read_virtual_registry', 'write_virtual_registry'] },
  { label: 'Runners', scopes: ['create_runner', 'manage_runner'] },
  { label: 'Service ping', scopes: ['read_service_ping'] },
  { label: 'User & Administration', scopes: ['read_user', 'self_rotate', 'k8s_proxy', 'admin_mode', 'sudo'] },
];

/**
 * The grouped selector. Its `toggleScope` computes from the `selectedScopes` prop, which changes only
 * after the parent's next render, and each GlFormCheckbox keeps its own tick: GitLab's own races.
 */
const ScopeSelector = {
  name: 'ScopeSelector',
  model: { prop: 'selectedScopes', event: 'change' },
  props: {
    availableScopes: { type: Array, required: true },
    selectedScopes: { type: Array, required: true },
    isValid: { type: Boolean, required: true },
    newGranularPatPath: { type: String, required: true },
  },
  computed: {
    categorizedScopes() {
      const lookup = new Map(this.availableScopes.map((scope) => [scope.value, scope]));
      const categories = SCOPE_CATEGORIES.map(({ label, scopes }) => ({
        label,
        scopes: scopes.map((scope) => lookup.get(scope)).filter(Boolean),
      }));
      const known = new Set(SCOPE_CATEGORIES.flatMap(({ scopes }) => scopes));
      const unknown = this.availableScopes.filter(({ value }) => !known.has(value));
      if (unknown.length > 0) categories.push({ label: 'Other', scopes: unknown });
      return categories.filter(({ scopes }) => scopes.length > 0);
    },
    isApiScopeSelected() {
      return this.selectedScopes.includes(SCOPE_API);
    },
  },
  methods: {
    toggleScope(scope) {
      if (scope === SCOPE_API) {
        this.$emit('change', this.selectedScopes.includes(SCOPE_API) ? [] : [SCOPE_API]);
      } else {
        const next = this.selectedScopes.includes(scope)
          ? this.selectedScopes.filter((selected) => selected !== scope)
          : [...this.selectedScopes, scope];
        this.$emit('change', next);
      }
    },
  },
  template: `<div>
    <h2 class="gl-heading-3 gl-mb-2 gl-mt-7">Set token scope</h2>
    <p class="gl-mb-4 gl-text-subtle">Scopes set the permission levels granted to the token.</p>
    <p v-if="!isValid" class="gl-text-danger" data-testid="error-message">At least one scope is required.</p>
    <fieldset v-for="category in categorizedScopes" :key="category.label">
      <legend class="gl-mb-4 gl-border-none gl-text-base gl-font-bold">{{ category.label }}</legend>
      <ul class="gl-list-none gl-p-0">
        <li v-for="scope in category.scopes" :key="scope.value" :data-testid="scope.value">
          <gl-form-checkbox :checked="selectedScopes.includes(scope.value)" :disabled="isApiScopeSelected && scope.value !== 'api'"
            class="gl-mb-2 gl-ml-5 gl-inline-block" @change="toggleScope(scope.value)">{{ scope.value }}</gl-form-checkbox>
          <gl-button :id="'scope-' + scope.value" icon="information-o" category="tertiary" :aria-label="scope.text"
            class="gl-ml-2 !gl-min-h-0 !gl-min-w-0 !gl-border-none !gl-bg-transparent gl-align-text-bottom" />
          <gl-popover :target="'scope-' + scope.value" :title="scope.value" placement="auto" :show-close-button="true" :delay="0">
            {{ scope.text }}
            <p v-if="scope.value === 'api'" class="gl-mb-0 gl-mt-2">To limit access, use a
              <gl-link :href="newGranularPatPath">fine-grained personal access token</gl-link> instead.</p>
          </gl-popover>
          <gl-badge v-if="scope.value === 'api' && isApiScopeSelected" icon="warning" variant="warning" class="gl-ml-2 gl-align-sub">Broad access</gl-badge>
        </li>
      </ul>
    </fieldset>
  </div>`,
};

function formFields() {
  return {
    name: {
      label: 'Token name',
      validators: [formValidators.required('Token name is required.')],
      groupAttrs: { class: 'gl-form-input-xl' },
      inputAttrs: { 'data-testid': 'access-token-name-field' },
    },
    description: {
      label: 'Description',
      validators: [
        formValidators.factory('Description is too long (maximum is 255 characters).', (val) => val.length <= 255),
      ],
      groupAttrs: { optional: true, 'optional-text': '(optional)' },
    },
    expiresAt: { label: 'Expiration date', validators: [], groupAttrs: { class: 'gl-relative' } },
    scopes: {
      label: 'Select scopes',
      validators: [(value) => (value?.length ? '' : 'At least one scope is required.')],
    },
  };
}

/** `access_token_form.vue`: GlForm > GlFormFields (v-model) with GitLab's slots. */
const AccessTokenForm = {
  name: 'AccessTokenForm',
  components: { ErrorsAlert, ScopeSelector },
  inject: [
    'store',
    'accessTokenMaxDate',
    'accessTokenMinDate',
    'accessTokenAvailableScopes',
    'scopeSelector',
    'submitText',
  ],
  props: {
    name: { type: String, default: '' },
    description: { type: String, default: '' },
    scopes: { type: Array, default: () => [] },
  },
  data() {
    const fields = formFields();
    const maxDate = this.accessTokenMaxDate && setUTCTime(this.accessTokenMaxDate);
    if (maxDate) fields.expiresAt.validators.push(formValidators.required('Expiration date is required.'));
    return {
      fields,
      formErrors: [],
      maxDate,
      minDate: setUTCTime(this.accessTokenMinDate),
      values: { expiresAt: defaultDate(maxDate), name: this.name, description: this.description, scopes: this.scopes },
    };
  },
  computed: {
    busy() {
      return this.store.busy;
    },
  },
  methods: {
    clearDatepicker() {
      this.values.expiresAt = null;
    },
    reset() {
      this.store.setShowCreateForm(false);
    },
    // GitLab's comment: the submit event fires only without validation errors, so the button's click sets them.
    setFormErrors() {
      const errors = [];
      for (const [field, definition] of Object.entries(this.fields)) {
        for (const validator of definition.validators) {
          const message = validator(this.values[field]);
          if (message && !errors.includes(message)) errors.push(message);
        }
      }
      this.formErrors = errors;
    },
    submit() {
      const expiresAt = this.values.expiresAt ? toISODateFormat(this.values.expiresAt) : null;
      this.store.createToken({ ...this.values, expiresAt });
    },
  },
  template: `<div>
    <errors-alert title="The form contains the following errors:" :errors="formErrors" @dismiss="formErrors = []" />
    <gl-form id="token-create-form" class="gl-rounded-base gl-bg-subtle gl-p-5" @submit.prevent @reset="reset">
      <gl-form-fields v-model="values" form-id="token-create-form" :fields="fields" @submit="submit">
        <template #input(description)="{ id, input, value, validation }">
          <gl-form-textarea :id="id" :value="value" :state="validation.state" @input="input" />
        </template>
        <template #input(expiresAt)="{ id, input, validation, value }">
          <gl-datepicker show-clear-button :max-date="maxDate" :min-date="minDate" :input-id="id" :state="validation.state"
            :value="value" :target="null" data-testid="expiry-date-field" @input="input" @clear="clearDatepicker" />
        </template>
        <template #input(scopes)="{ id, input, validation, value }">
          <scope-selector v-if="scopeSelector" :available-scopes="accessTokenAvailableScopes" :selected-scopes="value"
            :is-valid="validation.state !== false" :new-granular-pat-path="scopeSelector.newGranularPatPath" @change="input" />
          <gl-form-checkbox-group v-else :id="id" :state="validation.state" :checked="value" @input="input">
            <gl-form-checkbox v-for="scope in accessTokenAvailableScopes" :key="scope.value" :value="scope.value"
              :state="validation.state" :data-testid="scope.value + '-checkbox'">
              {{ scope.value }}
              <template #help>{{ scope.text }}</template>
            </gl-form-checkbox>
          </gl-form-checkbox-group>
        </template>
      </gl-form-fields>
      <div class="gl-flex gl-gap-3">
        <gl-button variant="confirm" type="submit" class="js-no-auto-disable" :loading="busy" data-testid="create-token-button"
          @click="setFormErrors">{{ submitText }}</gl-button>
        <gl-button variant="default" type="reset">Cancel</gl-button>
      </div>
    </gl-form>
  </div>`,
};

/**
 * Mounts `#js-shared-access-token-app` (18.x, `config.standalone` false) or
 * `#js-create-legacy-token-app` (19.x legacy/new); `config.scopeSelector` wires the grouped selector.
 */
export function mountAccessTokensApp(doc, config) {
  const el = doc.querySelector(config.mount);
  if (!el) return undefined;
  defineInputCopyToggleVisibility(Vue);
  const data = el.dataset;
  const initial = {
    name: data.accessTokenName ?? '',
    description: data.accessTokenDescription ?? '',
    scopes: JSON.parse(data.accessTokenScopes || '[]'),
  };
  const store = createStore(doc);
  store.setup({
    urlCreate: data.accessTokenCreate,
    // access_tokens.vue: a prefilled URL opens the form; legacy/new shows it always.
    showCreateForm: config.standalone || Boolean(initial.name || initial.description || initial.scopes.length),
  });
  const vm = new Vue({
    el,
    components: { AccessTokenForm },
    provide: {
      store,
      accessTokenMaxDate: data.accessTokenMaxDate,
      accessTokenMinDate: data.accessTokenMinDate,
      accessTokenAvailableScopes: JSON.parse(data.accessTokenAvailableScopes || '[]'),
      scopeSelector: config.scopeSelector ?? null,
      // The newest form reads "Generate token" on both pages; the one we reproduce, "Create token" on 18.x.
      submitText: config.standalone ? 'Generate token' : 'Create token',
    },
    data: {
      store,
      initial,
      heading: config.heading,
      standalone: config.standalone,
      // created_personal_access_token.vue puts this test id on the input (3919ad72); 55eb439f none.
      createdTokenTestid:
        config.createdTokenTestid === undefined ? 'created-personal-access-token-field' : config.createdTokenTestid,
      copied: false,
    },
    template: `<div class="js-access-tokens-app">
      <div v-if="store.token && standalone" data-testid="created-token-page">
        <h2>Your new token has been created</h2>
        <section class="crud gl-new-card"><header class="crud-header gl-new-card-header"><h2 class="gl-new-card-title">Token details</h2></header>
          <div class="crud-body"><p class="gl-text-subtle">Make sure you copy your token - you won't be able to access it again.</p>
            <input-copy-toggle-visibility :value="store.token" :testid="createdTokenTestid" label="Token details" @copied="copied = true" />
          </div></section>
        <div class="gl-mt-4 gl-flex gl-gap-3"><a class="btn btn-confirm gl-button" :class="{ disabled: !copied }" :aria-disabled="copied ? null : 'true'" href="./">Done</a></div>
      </div>
      <template v-else>
        <header class="page-heading gl-flex gl-justify-between">
          <h1 class="page-title">{{ heading }}</h1>
          <gl-button v-if="!standalone" variant="default" data-testid="add-new-token-button" @click="store.setShowCreateForm(true)">Add new token</gl-button>
        </header>
        <gl-alert v-if="store.alert" variant="danger" :dismissible="false">{{ store.alert }}</gl-alert>
        <gl-alert v-if="store.token" variant="success" :dismissible="false" :title="'Your token'">
          <input readonly autocomplete="off" class="form-control" data-testid="created-access-token-field" :value="store.token">
        </gl-alert>
        <access-token-form v-if="store.showCreateForm" :name="initial.name" :description="initial.description" :scopes="initial.scopes" />
        <table v-if="!standalone" class="table b-table gl-table" data-testid="access-token-table"><thead><tr><th>Name</th><th>Status</th></tr></thead>
          <tbody><tr><td>Old laptop</td><td>Active</td></tr></tbody></table>
      </template>
    </div>`,
  });
  // 18.x: vue-router's `replace({ query })` leaves only GitLab's list parameters (prefill and fragment go);
  // legacy/new keeps its URL.
  if (!config.standalone && doc.defaultView?.history && doc.location) {
    doc.defaultView.history.replaceState(
      null,
      '',
      `${doc.location.pathname}?page=1&state=active&sort=expires_at_asc_id_desc`,
    );
  }
  return vm;
}
