// 19.x token index: the token list in a `CrudComponent` whose header actions hold
// `create_personal_access_token_dropdown.vue`, GitLab's real `GlDisclosureDropdown` ("Generate
// token": Fine-grained / Legacy). The dropdown carries `data-testid="create-token-dropdown"` at
// 0cf8ad66 and nothing at 55eb439f (`dropdownTestid: false`). Written from GitLab's source.
import { Vue } from './gitlab-ui.js';

const CreateTokenDropdown = {
  name: 'CreatePersonalAccessTokenDropdown',
  props: { granularNewUrl: String, legacyNewUrl: String, testid: { type: Boolean, default: true } },
  computed: {
    dropdownItems() {
      return [
        {
          text: 'Fine-grained token',
          href: this.granularNewUrl,
          description: 'Limit scope to specific groups and projects and fine-grained permissions to resources.',
          badge: 'Beta',
        },
        {
          text: 'Legacy token',
          href: this.legacyNewUrl,
          description: 'Scoped to all groups and projects with broad permissions to resources.',
          extraAttrs: { 'data-testid': 'create-legacy-token-item' },
        },
      ];
    },
  },
  template: `<gl-disclosure-dropdown :items="dropdownItems" toggle-text="Generate token" size="small" placement="bottom-end"
    fluid-width :data-testid="testid ? 'create-token-dropdown' : null">
    <template #list-item="{ item }">
      <div class="gl-mx-3 gl-w-34">
        <div class="gl-font-bold">{{ item.text }} <gl-badge v-if="item.badge" class="gl-ml-2">{{ item.badge }}</gl-badge></div>
        <div class="gl-mt-2 gl-text-subtle">{{ item.description }}</div>
      </div>
    </template>
  </gl-disclosure-dropdown>`,
};

export function mountIndexApp(doc, { dropdownTestid = true, root = '' } = {}) {
  const el = doc.getElementById('js-personal-access-token-app');
  if (!el) return undefined;
  return new Vue({
    el,
    components: { CreateTokenDropdown },
    data: {
      dropdownTestid,
      granularNewUrl: `${root}/-/user_settings/personal_access_tokens/granular/new`,
      legacyNewUrl: `${root}/-/user_settings/personal_access_tokens/legacy/new`,
    },
    template: `<div class="gl-mb-5">
      <header class="page-heading"><h1 class="page-title">Personal access tokens</h1></header>
      <section class="crud gl-new-card">
        <header class="crud-header gl-new-card-header">
          <div class="gl-flex gl-grow"><h2 class="gl-new-card-title" data-testid="crud-title">Personal access tokens</h2></div>
          <div class="gl-flex gl-gap-3" data-testid="crud-actions">
            <create-token-dropdown :granular-new-url="granularNewUrl" :legacy-new-url="legacyNewUrl" :testid="dropdownTestid" />
          </div>
        </header>
        <div class="crud-body" data-testid="crud-body">
          <table class="table b-table gl-table"><thead><tr><th>Name</th><th>Status</th></tr></thead><tbody><tr><td>Old laptop</td><td>Active</td></tr></tbody></table>
        </div>
      </section>
    </div>`,
  });
}
