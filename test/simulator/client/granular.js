// GitLab 19.2's fine-grained token form (`create_granular_personal_access_token_form.vue`, generation 3),
// as ../shared/reference/gitlab-fine-grained-form.md §3 describes it, rebuilt with Vue 2.7. What matters
// to Scopewise is kept faithfully: the mount element is replaced, the catalog arrives late over GraphQL,
// every control changes the model only through the events GitLab's components listen to (input/change,
// Pikaday's change, option clicks), the two click races of §3.7, the validation messages, one JSON
// GraphQL POST with the CSRF header, and the created-token view replacing the form.

import { defineInputCopyToggleVisibility } from './created-token.js';
import { setUTCTime } from './dates.js';
import { Vue } from './gitlab-ui.js';

const humanize = (text) => {
  const spaced = String(text).replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};
const csrfToken = (doc) => doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

const MUTATION = `mutation createGranularPersonalAccessToken($input: PersonalAccessTokenCreateInput!) {
  personalAccessTokenCreate(input: $input) {
    token
    errors
    __typename
  }
}`;

const BOUNDARIES = [
  { key: 'namespace', title: 'Group and project', accepts: ['GROUP', 'PROJECT'] },
  { key: 'user', title: 'User', accepts: ['USER'] },
  { key: 'instance', title: 'Global', accepts: ['INSTANCE'] },
];
const ACCESS_OPTIONS = [
  { value: 'PERSONAL_PROJECTS', text: 'Only my personal projects', help: 'Your personal namespace only.' },
  {
    value: 'ALL_MEMBERSHIPS',
    text: "All groups and projects that I'm a member of",
    help: 'Including ones you join later.',
  },
  {
    value: 'SELECTED_MEMBERSHIPS',
    text: "Only specific groups or projects that I'm a member of",
    help: 'Adding a group includes its subgroups and projects',
  },
];

const sameItems = (a, b) => a.length === b.length && a.every((item, index) => item === b[index]);

let uid = 0;
const nextId = () => {
  uid += 1;
  return uid;
};

async function graphql(doc, root, body) {
  const response = await fetch(`${root}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: '*/*', 'X-CSRF-Token': csrfToken(doc) },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  return response.json();
}

function defineComponents() {
  if (Vue.options.components.PermissionListbox) return;
  defineInputCopyToggleVisibility(Vue);

  // GlCollapsibleListbox (multiple): a click on an option emits the new selection computed from the
  // `selected` prop, which only updates after the next render (two clicks in one task: the first is lost).
  Vue.component('PermissionListbox', {
    props: { items: Array, selected: Array },
    data: () => ({ open: false, id: nextId() }),
    computed: {
      toggleText() {
        const names = this.items.filter((item) => this.selected.includes(item.value)).map((item) => item.text);
        return names.length ? names.join(', ') : 'Select permissions';
      },
    },
    methods: {
      toggle(value) {
        const next = this.selected.includes(value)
          ? this.selected.filter((name) => name !== value)
          : [...this.selected, value];
        this.$emit('select', next);
      },
    },
    template: `<div class="gl-new-dropdown">
      <button type="button" :id="'dropdown-toggle-btn-' + id" data-testid="base-dropdown-toggle" aria-haspopup="listbox"
        :aria-expanded="String(open)" :aria-controls="'base-dropdown-' + id" class="btn btn-default btn-md gl-button gl-new-dropdown-toggle"
        @click="open = !open"><span class="gl-button-text"><span class="gl-new-dropdown-button-text">{{ toggleText }}</span></span></button>
      <div :id="'base-dropdown-' + id" data-testid="base-dropdown-menu" class="gl-new-dropdown-panel" :class="{ '!gl-block': open }">
        <div class="gl-new-dropdown-inner"><ul :id="'listbox-' + id" role="listbox" class="gl-new-dropdown-contents">
          <li v-for="item in items" :key="item.value" role="option" class="gl-new-dropdown-item" :data-testid="'listbox-item-' + item.value"
            :aria-selected="selected.includes(item.value) ? 'true' : null" tabindex="-1" @click="toggle(item.value)">
            <span class="gl-new-dropdown-item-content"><span class="gl-new-dropdown-item-text-wrapper">{{ item.text }}</span></span>
          </li>
        </ul></div>
      </div>
    </div>`,
  });

  // One BFormCheckboxGroup per category, each bound to the boundary's whole selection: the group
  // changes its local array at once and emits it from a watcher, just before the next render.
  Vue.component('ResourceCheckboxGroup', {
    props: { value: Array, resources: Array },
    data() {
      return { local: [...this.value], name: `__BVID__${nextId()}` };
    },
    // bootstrap-vue compares with looseEqual both ways, so an echo of its own emit ends the cycle.
    watch: {
      value(next) {
        if (!sameItems(next, this.local)) this.local = [...next];
      },
      local(next, previous) {
        if (!sameItems(next, previous)) this.$emit('input', next);
      },
    },
    methods: {
      onChange(key, checked) {
        this.local = checked ? [...this.local, key] : this.local.filter((item) => item !== key);
      },
    },
    template: `<div role="group" class="gl-form-checkbox-group">
      <div v-for="resource in resources" :key="resource.key" class="gl-flex gl-items-center">
        <div class="gl-form-checkbox custom-control custom-checkbox gl-mt-4">
          <input :id="name + resource.key" type="checkbox" :name="name" :value="resource.key" class="custom-control-input"
            :checked="local.includes(resource.key)" @change="onChange(resource.key, $event.target.checked)">
          <label :for="name + resource.key" class="custom-control-label">{{ resource.name }}</label>
        </div>
      </div>
    </div>`,
  });

  Vue.component('ResourceTree', {
    props: { categories: Array, selected: Array, search: String },
    data: () => ({ expanded: [] }),
    methods: {
      state(category) {
        const count = category.resources.filter((resource) => this.selected.includes(resource.key)).length;
        return { all: count === category.resources.length, some: count > 0 && count < category.resources.length };
      },
      toggleCategory(key) {
        this.expanded = this.expanded.includes(key)
          ? this.expanded.filter((item) => item !== key)
          : [...this.expanded, key];
      },
    },
    template: `<div data-testid="resource-tree">
      <div v-for="category in categories" :key="category.key" class="gl-mb-4">
        <div class="gl-flex gl-items-start">
          <div class="gl-form-checkbox custom-control custom-checkbox gl-ml-1 gl-mt-3 gl-min-w-0">
            <input :id="'cat-' + category.key" type="checkbox" data-testid="category-select-all" class="custom-control-input" value="true"
              :checked="state(category).all" :indeterminate.prop="state(category).some" @change="$emit('category', category, $event.target.checked)">
            <label :for="'cat-' + category.key" class="custom-control-label"><span data-testid="category-name" :title="category.name">{{ category.name }}</span></label>
          </div>
          <button type="button" class="btn btn-default-tertiary btn-icon" :aria-label="'Toggle ' + category.name + ' category'"
            :disabled="Boolean(search)" @click="toggleCategory(category.key)">▾</button>
        </div>
        <div class="collapse" :class="{ show: search || expanded.includes(category.key) }"
          :style="search || expanded.includes(category.key) ? null : 'display: none;'">
          <div class="gl-pl-4">
            <resource-checkbox-group :value="selected" :resources="category.resources" @input="$emit('resources', $event)" />
          </div>
        </div>
      </div>
    </div>`,
  });
}

function groupCatalog(permissions, boundary) {
  const categories = [];
  for (const permission of permissions) {
    if (!permission.boundaries.some((item) => boundary.accepts.includes(item))) continue;
    let category = categories.find((item) => item.key === permission.category);
    if (!category) {
      category = { key: permission.category, name: permission.categoryName, resources: [] };
      categories.push(category);
    }
    let resource = category.resources.find((item) => item.key === permission.resource);
    if (!resource) {
      resource = {
        key: permission.resource,
        name: permission.resourceName,
        description: permission.resourceDescription,
        actions: [],
      };
      category.resources.push(resource);
    }
    resource.actions.push({ value: permission.name, text: humanize(permission.action) });
  }
  return categories;
}

/** Mounts the fine-grained form on `#js-create-granular-token-app` (Vue replaces the element). */
export function mountGranularTokenApp(doc, { root = '', catalogDelayMs = 60 } = {}) {
  const el = doc.getElementById('js-create-granular-token-app');
  if (!el) return undefined;
  defineComponents();
  const data = el.dataset;
  // personal_access_token_expiration_date.vue: `setUTCTime` of each bound; Pikaday clamps to its local start of day.
  const minDate = setUTCTime(data.accessTokenMinDate);
  const maxDate = data.accessTokenMaxDate ? setUTCTime(data.accessTokenMaxDate) : null;
  const tableUrl = data.accessTokenTableUrl;
  return new Vue({
    el,
    data: {
      form: {
        name: '',
        description: '',
        // `defaultDate`: now + 30 days, keeping the time of day (the max-date comparison never applies).
        expirationDate: new Date(Date.now() + 30 * 86_400_000),
        sudo: false,
        access: null,
        namespaces: [],
        permissions: { namespace: [], user: [], instance: [] },
      },
      resources: { namespace: [], user: [], instance: [] },
      activeBoundary: 'namespace',
      search: '',
      catalog: null,
      namespaceOpen: false,
      namespaceSearch: '',
      errors: {},
      submitting: false,
      createdToken: '',
      copied: false,
      alert: '',
      boundaries: BOUNDARIES,
      accessOptions: ACCESS_OPTIONS,
      allNamespaces: [],
      minDate,
      maxDate,
      tableUrl,
    },
    computed: {
      tree() {
        const boundary = BOUNDARIES.find((item) => item.key === this.activeBoundary);
        const needle = this.search.trim().toLowerCase();
        return groupCatalog(
          (this.catalog ?? []).filter(
            (permission) =>
              !needle ||
              permission.description.toLowerCase().includes(needle) ||
              permission.category.toLowerCase().includes(needle),
          ),
          boundary,
        );
      },
      namespaceOptions() {
        const needle = this.namespaceSearch.trim().toLowerCase();
        return this.allNamespaces.filter((namespace) => !needle || namespace.fullPath.includes(needle));
      },
    },
    mounted() {
      setTimeout(async () => {
        const body = await graphql(doc, root, {
          operationName: 'getAccessTokenPermissions',
          variables: {},
          query:
            'query getAccessTokenPermissions { accessTokenPermissions { name description action resource category categoryName resourceName resourceDescription boundaries } }',
        });
        this.catalog = body.data.accessTokenPermissions;
        this.allNamespaces = body.data.namespaces ?? [];
      }, catalogDelayMs);
    },
    methods: {
      sectionCategories(key) {
        const boundary = BOUNDARIES.find((item) => item.key === key);
        return groupCatalog(this.catalog ?? [], boundary)
          .map((category) => ({
            ...category,
            resources: category.resources.filter((resource) => this.resources[key].includes(resource.key)),
          }))
          .filter((category) => category.resources.length > 0);
      },
      setResources(key, next) {
        const removed = this.resources[key].filter((resource) => !next.includes(resource));
        this.resources[key] = [...next];
        if (removed.length === 0) return;
        const owners = new Map((this.catalog ?? []).map((permission) => [permission.name, permission.resource]));
        this.form.permissions[key] = this.form.permissions[key].filter((name) => !removed.includes(owners.get(name)));
      },
      onCategory(category, checked) {
        const keys = category.resources.map((resource) => resource.key);
        const current = this.resources[this.activeBoundary];
        this.setResources(
          this.activeBoundary,
          checked
            ? [...current, ...keys.filter((key) => !current.includes(key))]
            : current.filter((key) => !keys.includes(key)),
        );
      },
      toggleNamespace(namespace) {
        const has = this.form.namespaces.some((item) => item.id === namespace.id);
        this.form.namespaces = has
          ? this.form.namespaces.filter((item) => item.id !== namespace.id)
          : [...this.form.namespaces, namespace];
      },
      validate() {
        const { form } = this;
        const errors = {};
        if (!form.name.trim()) errors.name = 'Add token name.';
        if (!form.description.trim()) errors.description = 'Add token description.';
        if (this.maxDate && !form.expirationDate) errors.expiration = 'Add token expiration date.';
        if (form.permissions.namespace.length && !form.access) errors.access = 'Set group and project access.';
        if (form.access === 'SELECTED_MEMBERSHIPS' && form.namespaces.length === 0)
          errors.namespaces = 'At least one group or project is required.';
        if (!BOUNDARIES.some(({ key }) => form.permissions[key].length))
          errors.permissions = 'Add at least one resource with permissions.';
        this.errors = errors;
        return Object.keys(errors).length === 0;
      },
      async submit() {
        if (!this.validate()) return;
        const { form } = this;
        const granularScopes = [];
        if (form.permissions.namespace.length)
          granularScopes.push({
            access: form.access,
            resourceIds: form.access === 'SELECTED_MEMBERSHIPS' ? form.namespaces.map((namespace) => namespace.id) : [],
            permissions: form.permissions.namespace,
          });
        if (form.permissions.user.length) granularScopes.push({ access: 'USER', permissions: form.permissions.user });
        if (form.permissions.instance.length)
          granularScopes.push({ access: 'INSTANCE', permissions: form.permissions.instance });
        this.submitting = true;
        try {
          const body = await graphql(doc, root, {
            operationName: 'createGranularPersonalAccessToken',
            variables: {
              input: {
                name: form.name.trim(),
                description: form.description.trim(),
                expiresAt: form.expirationDate,
                sudo: form.sudo,
                granularScopes,
              },
            },
            query: MUTATION,
          });
          const result = body.data?.personalAccessTokenCreate;
          if (result?.token) this.createdToken = result.token;
          else
            this.alert =
              result?.errors?.[0] ?? body.errors?.[0]?.message ?? 'Token generation unsuccessful. Please try again.';
        } catch {
          this.alert = 'Token generation unsuccessful. Please try again.';
        } finally {
          this.submitting = false;
        }
      },
    },
    template: `<div>
      <div class="flash-container"><div v-if="alert" class="gl-alert gl-alert-danger">{{ alert }}</div></div>
      <div v-if="createdToken" class="gl-new-card">
        <h1 data-testid="page-heading">Your new token has been created</h1>
        <input-copy-toggle-visibility :value="createdToken" testid="created-access-token-field" label="Token details" @copied="copied = true" />
        <a class="btn btn-confirm gl-button" :class="{ disabled: !copied }" :aria-disabled="copied ? null : 'true'" :href="tableUrl">Done</a>
      </div>
      <div v-else>
        <header class="gl-my-5 gl-flex"><div><h1 class="gl-heading-1 !gl-m-0" data-testid="page-heading"><span class="gl-flex">Generate fine-grained token</span></h1>
          <div class="gl-w-full gl-text-subtle" data-testid="page-heading-description">Fine-grained tokens grant only the permissions you choose, on the resources you choose.</div></div></header>
        <form class="js-quick-submit gl-show-field-errors">
          <section class="gl-w-full lg:gl-w-1/2">
            <h2 class="gl-heading-3">Basic Information</h2>
            <div role="group" class="form-group gl-form-group" :class="errors.name ? 'is-invalid' : 'is-valid'">
              <label for="token-name" class="!gl-block col-form-label">Name</label>
              <div><input id="token-name" type="text" maxlength="200" class="gl-form-input form-control" :class="errors.name ? 'is-invalid' : 'is-valid'"
                :value="form.name" @input="form.name = $event.target.value" @change="form.name = $event.target.value">
                <div v-if="errors.name" class="invalid-feedback" role="alert" aria-live="assertive">{{ errors.name }}</div></div>
            </div>
            <div role="group" class="form-group gl-form-group" :class="errors.description ? 'is-invalid' : 'is-valid'">
              <label for="token-description" class="!gl-block col-form-label">Description</label>
              <div><textarea id="token-description" maxlength="255" class="gl-form-input gl-form-textarea form-control"
                :value="form.description" @input="form.description = $event.target.value" @change="form.description = $event.target.value"></textarea>
                <div v-if="errors.description" class="invalid-feedback" role="alert" aria-live="assertive">{{ errors.description }}</div></div>
            </div>
            <div role="group" class="form-group gl-form-group" data-testid="expiration-date-field">
              <label for="token-expiration" class="!gl-block col-form-label">Expiration date</label>
              <div><gl-datepicker v-model="form.expirationDate" input-id="token-expiration" :show-clear-button="!maxDate"
                :min-date="minDate" :max-date="maxDate" @clear="form.expirationDate = null" />
                <div v-if="errors.expiration" class="invalid-feedback gl-block" role="alert">{{ errors.expiration }}</div>
                <small v-if="maxDate" class="form-text text-muted">An administrator has set the maximum expiration date.</small></div>
            </div>
          </section>
          <section class="gl-mt-8">
            <div>
              <h2 class="gl-heading-3 gl-mb-2">Group and project access</h2>
              <div class="gl-mb-2 gl-text-subtle">Required only if you add group and project resources.</div>
              <div v-if="errors.access" class="invalid-feedback gl-block">{{ errors.access }}</div>
              <div role="group" class="form-group gl-form-group gl-mb-0 gl-mt-4"><div>
                <div id="group-access" role="radiogroup" tabindex="-1" class="gl-form-checkbox-group bv-no-focus-ring">
                  <div v-for="option in accessOptions" :key="option.value" class="gl-form-radio custom-control custom-radio">
                    <input :id="'access-' + option.value" type="radio" name="group-access" :value="option.value" class="custom-control-input"
                      :checked="form.access === option.value" @change="form.access = option.value">
                    <label :for="'access-' + option.value" class="custom-control-label">{{ option.text }}<p class="help-text">{{ option.help }}</p></label>
                  </div>
                </div>
              </div></div>
              <div v-if="form.access === 'SELECTED_MEMBERSHIPS'" class="gl-mt-4 gl-w-full lg:gl-w-1/2">
                <section class="crud gl-new-card">
                  <header class="crud-header gl-new-card-header"><h2 data-testid="crud-title" class="gl-new-card-title">Group or project</h2>
                    <div data-testid="crud-actions"><div class="gl-new-dropdown">
                      <button type="button" data-testid="base-dropdown-toggle" aria-haspopup="listbox" :aria-expanded="String(namespaceOpen)"
                        class="btn btn-default btn-md gl-button gl-new-dropdown-toggle" @click="namespaceOpen = !namespaceOpen">Add group or project</button>
                      <div class="gl-new-dropdown-panel" :class="{ '!gl-block': namespaceOpen }"><div class="gl-new-dropdown-inner">
                        <input type="search" class="gl-listbox-search-input" placeholder="Search groups or projects" aria-label="Search groups or projects"
                          :value="namespaceSearch" @input="namespaceSearch = $event.target.value">
                        <ul role="listbox" aria-multiselectable="true" class="gl-new-dropdown-contents">
                          <li v-for="namespace in namespaceOptions" :key="namespace.id" role="option" class="gl-new-dropdown-item"
                            :data-testid="'listbox-item-' + namespace.id" :aria-selected="form.namespaces.some((item) => item.id === namespace.id) ? 'true' : null"
                            @click="toggleNamespace(namespace)">{{ namespace.fullPath }}</li>
                        </ul>
                      </div></div>
                    </div></div>
                  </header>
                  <div class="crud-body" data-testid="crud-body">
                    <ul v-if="form.namespaces.length" data-testid="selected-namespaces">
                      <li v-for="namespace in form.namespaces" :key="namespace.id" class="gl-mt-2"><div class="gl-flex"><span class="gl-ml-3">{{ namespace.fullPath }}</span>
                        <button type="button" data-testid="remove-namespace" :aria-label="'Remove ' + namespace.fullPath" @click="toggleNamespace(namespace)">×</button></div></li>
                    </ul>
                    <div v-else class="gl-text-center">No groups or projects added.</div>
                  </div>
                </section>
                <div v-if="errors.namespaces" class="invalid-feedback gl-block">{{ errors.namespaces }}</div>
              </div>
            </div>
          </section>
          <section class="gl-mt-8">
            <h2 class="gl-heading-3">Add resource permissions</h2>
            <p>Choose the resources this token can access, then the permissions on each.</p>
            <div>
              <div class="gl-rounded-base gl-border-1">
                <div class="gl-font-bold gl-p-4">Resource and permission selector</div>
                <div class="gl-flex gl-flex-col sw-sim-panel">
                  <div class="sw-sim-left">
                    <div><span class="gl-font-bold">Resource access</span>
                      <div role="group" class="btn-group" aria-label="Resource access" data-testid="access-selector">
                        <button v-for="boundary in boundaries" :key="boundary.key" type="button" class="btn btn-default btn-md gl-button"
                          :class="{ selected: activeBoundary === boundary.key }" @click="activeBoundary = boundary.key">{{ boundary.title }}
                          <span v-if="resources[boundary.key].length" class="gl-badge" data-testid="boundary-count">{{ resources[boundary.key].length }}</span></button>
                      </div>
                    </div>
                    <div class="gl-search-box-by-type"><input type="search" placeholder="Search for resources to add" aria-label="Search for resources to add"
                      class="gl-form-input form-control gl-search-box-by-type-input" :value="search" @input="search = $event.target.value"></div>
                    <div v-if="!catalog" class="gl-skeleton-loader" data-testid="skeleton">Loading…</div>
                    <resource-tree v-else-if="tree.length" :key="activeBoundary" :categories="tree" :selected="resources[activeBoundary]" :search="search"
                      @resources="setResources(activeBoundary, $event)" @category="onCategory" />
                    <div v-else>No resources found</div>
                  </div>
                  <div class="sw-sim-right">
                    <div v-for="boundary in boundaries" :key="boundary.key" data-testid="granular-permissions-section">
                      <div class="gl-text-lg">{{ boundary.title }}</div>
                      <div><span>Resource</span> <span>Permissions</span></div>
                      <div v-if="!resources[boundary.key].length" data-testid="empty-state">No resources selected. Add resources to set permissions.</div>
                      <div v-for="category in sectionCategories(boundary.key)" :key="category.key" data-testid="selected-category">
                        <div data-testid="selected-category-heading">{{ category.name }}</div>
                        <div v-for="resource in category.resources" :key="resource.key" data-testid="selected-resource" class="gl-flex">
                          <div><div data-testid="selected-resource-name">{{ resource.name }}</div><div data-testid="selected-resource-description">{{ resource.description }}</div></div>
                          <div class="gl-flex"><permission-listbox :items="resource.actions" :selected="form.permissions[boundary.key]"
                            @select="form.permissions[boundary.key] = $event" />
                            <button type="button" class="btn btn-icon" :aria-label="'Remove ' + resource.name"
                              @click="setResources(boundary.key, resources[boundary.key].filter((key) => key !== resource.key))">×</button></div>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              <div v-if="errors.permissions" class="invalid-feedback gl-block gl-pt-4">{{ errors.permissions }}</div>
            </div>
          </section>
          <div class="settings-sticky-footer">
            <button type="button" class="btn btn-confirm btn-md gl-button" :disabled="submitting" @click="submit"><span class="gl-button-text">Generate token</span></button>
            <a class="btn btn-default btn-md gl-button" :href="tableUrl">Cancel</a>
          </div>
        </form>
      </div>
    </div>`,
  });
}
