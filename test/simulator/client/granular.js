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

/** GitLab's `DEBOUNCE_DELAY` for the namespace search. */
const NAMESPACE_SEARCH_DEBOUNCE_MS = 250;

const NAMESPACES_QUERY = `query getUserGroupsAndProjects($search: String) {
  projects(membership: true, search: $search) { nodes { id name fullPath __typename } __typename }
  user: currentUser { id groups(search: $search) { nodes { id name fullPath __typename } __typename } __typename }
}`;

async function graphql(doc, root, body) {
  const response = await fetch(`${root}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: '*/*', 'X-CSRF-Token': csrfToken(doc) },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  return response.json();
}

/** Resources of one category: a real GlFormCheckboxGroup bound to the boundary's whole selection. */
const ResourceTree = {
  props: { categories: Array, selected: Array, search: String, boundary: String },
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
        <gl-form-checkbox class="gl-ml-1 gl-mt-3 gl-min-w-0" data-testid="category-select-all" :checked="state(category).all"
          :indeterminate="state(category).some" @change="$emit('category', category, $event)">
          <span data-testid="category-name" :title="category.name">{{ category.name }}</span>
        </gl-form-checkbox>
        <gl-button category="tertiary" icon="chevron-down" :aria-label="'Toggle ' + category.name + ' category'"
          :disabled="Boolean(search)" @click="toggleCategory(category.key)" />
      </div>
      <gl-collapse :visible="Boolean(search) || expanded.includes(category.key)">
        <div class="gl-pl-4">
          <gl-form-checkbox-group :checked="selected" @input="$emit('resources', $event)">
            <div v-for="resource in category.resources" :key="resource.key" class="gl-flex gl-items-center">
              <gl-form-checkbox class="gl-mt-4" :value="resource.key">{{ resource.name }}</gl-form-checkbox>
            </div>
          </gl-form-checkbox-group>
        </div>
      </gl-collapse>
    </div>
  </div>`,
};

/** `personal_access_token_namespace_selector.vue`: a searchable multi-select fed by its own, debounced query. */
const NamespaceSelector = {
  props: { value: Array, root: String, doc: Object },
  data: () => ({ items: [], searching: false, term: '' }),
  computed: {
    listItems() {
      const of = (type) =>
        this.items.filter((item) => item.__typename === type).map((item) => ({ value: item.id, text: item.fullPath }));
      return [
        { text: 'Groups', options: of('Group') },
        { text: 'Projects', options: of('Project') },
      ].filter((group) => group.options.length > 0);
    },
    selectedIds() {
      return this.value.map((namespace) => namespace.id);
    },
  },
  created() {
    this.fetch('');
  },
  methods: {
    onSearch(term) {
      this.term = term;
      clearTimeout(this.debounce);
      // MINIMUM_SEARCH_LENGTH: one or two characters do not query.
      if (term.length > 0 && term.length < 3) return;
      this.debounce = setTimeout(() => this.fetch(term), NAMESPACE_SEARCH_DEBOUNCE_MS);
    },
    async fetch(search) {
      this.searching = true;
      const body = await graphql(this.doc, this.root, {
        operationName: 'getUserGroupsAndProjects',
        variables: { search },
        query: NAMESPACES_QUERY,
      });
      if (search !== this.term) return;
      const data = body.data ?? {};
      this.items = [...(data.user?.groups?.nodes ?? []), ...(data.projects?.nodes ?? [])];
      this.searching = false;
    },
    onSelect(ids) {
      const known = new Map([...this.value, ...this.items].map((item) => [item.id, item]));
      this.$emit('input', ids.map((id) => known.get(id)).filter(Boolean));
    },
  },
  template: `<div class="gl-mt-4 gl-w-full lg:gl-w-1/2">
    <section class="crud gl-new-card">
      <header class="crud-header gl-new-card-header"><h2 data-testid="crud-title" class="gl-new-card-title">Group or project</h2>
        <div data-testid="crud-actions">
          <gl-collapsible-listbox multiple searchable :items="listItems" :selected="selectedIds" :searching="searching"
            toggle-text="Add group or project" :header-text="selectedIds.length + ' selected'" search-placeholder="Search groups or projects"
            @search="onSearch" @select="onSelect" />
        </div>
      </header>
      <div class="crud-body" data-testid="crud-body">
        <ul v-if="value.length" data-testid="selected-namespaces">
          <li v-for="namespace in value" :key="namespace.id" class="gl-mt-2"><div class="gl-flex"><span class="gl-ml-3">{{ namespace.fullPath }}</span>
            <gl-button category="tertiary" icon="close" data-testid="remove-namespace" :aria-label="'Remove ' + namespace.fullPath"
              @click="$emit('input', value.filter((item) => item.id !== namespace.id))" /></div></li>
        </ul>
        <div v-else class="gl-text-center">No groups or projects added.</div>
      </div>
    </section>
  </div>`,
};

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
  defineInputCopyToggleVisibility(Vue);
  const data = el.dataset;
  // personal_access_token_expiration_date.vue: `setUTCTime` of each bound; Pikaday clamps to its local start of day.
  const minDate = setUTCTime(data.accessTokenMinDate);
  const maxDate = data.accessTokenMaxDate ? setUTCTime(data.accessTokenMaxDate) : null;
  const tableUrl = data.accessTokenTableUrl;
  return new Vue({
    el,
    components: { ResourceTree, NamespaceSelector },
    data: {
      doc,
      root,
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
      errors: {},
      submitting: false,
      createdToken: '',
      copied: false,
      alert: '',
      boundaries: BOUNDARIES,
      accessOptions: ACCESS_OPTIONS,
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
      boundaryOptions() {
        return BOUNDARIES.map((boundary) => ({ value: boundary.key, text: boundary.title }));
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
      permissionsText(resource, key) {
        const names = resource.actions
          .filter((item) => this.form.permissions[key].includes(item.value))
          .map((item) => item.text);
        return names.length ? names.join(', ') : 'Select permissions';
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
            <gl-form-group label="Name" label-for="token-name" :state="!errors.name" :invalid-feedback="errors.name">
              <gl-form-input id="token-name" v-model.trim="form.name" maxlength="200" :state="!errors.name" />
            </gl-form-group>
            <gl-form-group label="Description" label-for="token-description" :state="!errors.description" :invalid-feedback="errors.description">
              <gl-form-textarea id="token-description" v-model.trim="form.description" maxlength="255" :state="!errors.description" />
            </gl-form-group>
            <gl-form-group label="Expiration date" label-for="token-expiration" data-testid="expiration-date-field"
              :state="!errors.expiration" :invalid-feedback="errors.expiration">
              <gl-datepicker v-model="form.expirationDate" input-id="token-expiration" :show-clear-button="!maxDate"
                :min-date="minDate" :max-date="maxDate" @clear="form.expirationDate = null" />
              <template #description><span v-if="maxDate">An administrator has set the maximum expiration date.</span></template>
            </gl-form-group>
          </section>
          <section class="gl-mt-8">
            <div>
              <h2 class="gl-heading-3 gl-mb-2">Group and project access</h2>
              <div class="gl-mb-2 gl-text-subtle">Required only if you add group and project resources.</div>
              <div v-if="errors.access" class="invalid-feedback gl-block">{{ errors.access }}</div>
              <gl-form-group class="gl-mb-0 gl-mt-4">
                <gl-form-radio-group id="group-access" v-model="form.access" name="group-access">
                  <gl-form-radio v-for="option in accessOptions" :key="option.value" :value="option.value">
                    {{ option.text }}<template #help>{{ option.help }}</template>
                  </gl-form-radio>
                </gl-form-radio-group>
              </gl-form-group>
              <namespace-selector v-if="form.access === 'SELECTED_MEMBERSHIPS'" v-model="form.namespaces" :root="root" :doc="doc" />
              <div v-if="errors.namespaces" class="invalid-feedback gl-block">{{ errors.namespaces }}</div>
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
                      <gl-segmented-control v-model="activeBoundary" :options="boundaryOptions" aria-label="Resource access" data-testid="access-selector">
                        <template #button-content="{ text, value }">{{ text }}
                          <gl-badge v-if="resources[value].length" data-testid="boundary-count">{{ resources[value].length }}</gl-badge></template>
                      </gl-segmented-control>
                    </div>
                    <gl-search-box-by-type v-model="search" placeholder="Search for resources to add" aria-label="Search for resources to add" />
                    <gl-skeleton-loader v-if="!catalog" data-testid="skeleton" />
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
                          <div class="gl-flex"><gl-collapsible-listbox multiple placement="bottom-end" :items="resource.actions"
                            :selected="form.permissions[boundary.key]" :toggle-text="permissionsText(resource, boundary.key)"
                            @select="form.permissions[boundary.key] = $event" />
                            <gl-button category="tertiary" icon="close" :aria-label="'Remove ' + resource.name"
                              @click="setResources(boundary.key, resources[boundary.key].filter((key) => key !== resource.key))" /></div>
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
            <gl-button variant="confirm" :loading="submitting" @click="submit">Generate token</gl-button>
            <gl-button :href="tableUrl">Cancel</gl-button>
          </div>
        </form>
      </div>
    </div>`,
  });
}
