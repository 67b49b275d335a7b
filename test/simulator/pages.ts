/**
 * Server HTML of GitLab's token pages, variant by variant, as GitLab renders it before its
 * JavaScript runs (../shared/reference/gitlab-token-pages.md §2, §10). The browser-side behaviour
 * (Vue apps on GitLab's real components, AJAX forms, datepickers) lives in client/ (main.js).
 */
import { GITLAB_SCOPE_HELP, OFFERED_SCOPES } from './scopes';

export const FAKE_CREATED_TOKEN = 'glpat-FAKE-simulator-token-0000';

export type VariantId =
  | 'v14'
  | 'v15'
  | 'v17'
  | 'v18'
  | 'v18-root'
  | 'v19-index'
  | 'v19-index-no-testid'
  | 'v19-legacy'
  | 'v19-legacy-grouped'
  | 'v19-granular'
  | 'v19-granular-root'
  | 'project'
  | 'group'
  | 'unrelated';

export interface Prefill {
  name?: string;
  description?: string;
  scopes?: string[];
}

export interface RenderOptions {
  now: Date;
  prefill: Prefill;
  /** A just-created token to show (the page after a successful create). */
  createdToken?: string;
  csrfToken: string;
  dark?: boolean;
}

export interface Variant {
  id: VariantId;
  label: string;
  /** GitLab's path for this page. */
  path: string;
  dataPage: string;
  /** Where the form posts (absent: no form). */
  createPath?: string;
  render(options: RenderOptions): string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const days = (now: Date, count: number) => new Date(now.getTime() + count * 86_400_000);
/** Rails `Time#iso8601` in UTC, as gitlab.com writes it. */
const railsTime = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function layout(title: string, dataPage: string, body: string, options: RenderOptions, boot?: object): string {
  return `<!DOCTYPE html>
<html lang="en" class="${options.dark ? 'gl-dark' : 'gl-light'}">
<head>
<meta charset="utf-8">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="${escapeHtml(options.csrfToken)}">
<title>${escapeHtml(title)} · GitLab</title>
<link rel="stylesheet" href="/assets/pikaday.css">
<link rel="stylesheet" href="/assets/gitlab-sim.css">
</head>
<body class="ui-neutral" data-page="${dataPage}">
<div class="layout-page"><main class="content-wrapper" id="content-body">
${body}
</main></div>
${boot ? `<script type="module">import { boot } from '/assets/simulator.js'; boot(document, ${JSON.stringify(boot).replace(/</g, '\\u003c')});</script>` : ''}
</body>
</html>`;
}

interface HamlFormOptions {
  prefix: 'personal_access_token' | 'resource_access_token';
  action: string;
  /** 14.x: plain POST, no id; 15.0+: `#js-new-access-token-form` posted by rails-ujs. */
  ajax: boolean;
  era: 14 | 15 | 17;
  scopes: readonly string[];
  prefill: Prefill;
  description: boolean;
  role: boolean;
  expiry: { minDate?: string; maxDate?: string };
  csrfToken: string;
  title: string;
}

function hamlScopes(options: HamlFormOptions): string {
  return options.scopes
    .map((scope) => {
      const id = `${options.prefix}_scopes_${scope}`;
      const checked = options.prefill.scopes?.includes(scope) ? ' checked="checked"' : '';
      const input = `<input type="checkbox" name="${options.prefix}[scopes][]" id="${id}" value="${scope}"${checked}`;
      const help = escapeHtml(GITLAB_SCOPE_HELP[scope] ?? '');
      if (options.era === 14) {
        return `<fieldset class="form-group form-check">
${input} class="form-check-input" data-qa-selector="${scope}_checkbox">
<label class="label-bold form-check-label" for="${id}">${scope}</label>
<div class="text-secondary">${help}</div>
</fieldset>`;
      }
      const testids = options.era === 17 ? ` data-testid="${scope}-checkbox"` : ` data-qa-selector="${scope}_checkbox"`;
      return `<fieldset>
<div class="gl-form-checkbox custom-control custom-checkbox">
${input} class="custom-control-input"${testids}>
<label class="custom-control-label" for="${id}"${options.era === 17 ? ` data-testid="${scope}-label"` : ''}><span>${scope}</span><p class="help-text" data-testid="pajamas-component-help-text">${help}</p></label>
</div>
</fieldset>`;
    })
    .join('\n');
}

function hamlForm(options: HamlFormOptions): string {
  const { prefix, prefill } = options;
  const formAttrs = options.ajax
    ? `id="js-new-access-token-form" class="${options.era === 17 ? '' : 'js-requires-input'}" data-remote="true"`
    : 'class="js-requires-input"';
  const expiryAttrs = [
    options.expiry.minDate ? ` data-min-date="${options.expiry.minDate}"` : '',
    options.expiry.maxDate ? ` data-max-date="${options.expiry.maxDate}"` : '',
  ].join('');
  const nameTestid =
    options.era === 17 ? ' data-testid="access-token-name-field"' : ' data-qa-selector="access_token_name_field"';
  const description = options.description
    ? `<div class="form-group">
<label for="${prefix}_description" data-testid="access-token-description-field">Token description</label>
<textarea class="form-control gl-form-input" maxlength="255" rows="4" name="${prefix}[description]" id="${prefix}_description">${escapeHtml(prefill.description ?? '')}</textarea>
</div>`
    : '';
  const role = options.role
    ? `<div class="form-group">
<label for="${prefix}_access_level">Select a role</label>
<div class="select-wrapper gl-form-input-md">
<select class="form-control select-control" name="${prefix}[access_level]" id="${prefix}_access_level">
<option selected="selected" value="10">Guest</option><option value="15">Planner</option><option value="20">Reporter</option><option value="30">Developer</option><option value="40">Maintainer</option><option value="50">Owner</option>
</select></div></div>`
    : '';
  const submit =
    options.era === 17
      ? '<button type="submit" class="btn btn-confirm gl-button" data-testid="create-token-button">Create token</button> <button type="reset" class="btn btn-default gl-button js-toggle-button">Cancel</button>'
      : `<input type="submit" name="commit" value="Create ${options.title.toLowerCase()}" class="gl-button btn btn-confirm" data-qa-selector="create_token_button">`;
  return `<form ${formAttrs} action="${options.action}" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="${escapeHtml(options.csrfToken)}">
<${options.era === 17 ? 'h4 class="gl-mt-0"' : 'h5'}>Add a ${options.title.toLowerCase()}</${options.era === 17 ? 'h4' : 'h5'}>
<div class="form-group">
<label class="label-bold" for="${prefix}_name">Token name</label>
<input class="form-control gl-form-input" required="required" type="text" value="${escapeHtml(prefill.name ?? '')}" name="${prefix}[name]" id="${prefix}_name"${nameTestid}>
</div>
${description}
<div class="form-group">
<label class="label-bold" for="${prefix}_expires_at">Expiration date</label>
<div class="js-access-tokens-expires-at"${expiryAttrs}>
<input class="datepicker gl-datepicker-input form-control gl-form-input" placeholder="YYYY-MM-DD" autocomplete="off" data-js-name="expiresAt" type="text" name="${prefix}[expires_at]" id="${prefix}_expires_at">
</div>
</div>
${role}
<div class="form-group">
<b aria-describedby="select_scope_help_text">Select scopes</b>
<p class="text-secondary" id="select_scope_help_text">Scopes set the permission levels granted to the token. <a href="/help/user/profile/personal_access_tokens#personal-access-token-scopes">Learn more.</a></p>
${hamlScopes(options)}
</div>
<div class="gl-mt-3">${submit}</div>
</form>`;
}

function activeTokensJson(): string {
  return escapeHtml(
    JSON.stringify([
      { id: 1, name: 'Old laptop', scopes: ['api'], created_at: '2026-01-02', expires_at: '2026-12-01' },
    ]),
  );
}

const personalScopesOrder = (prefill: Prefill): Prefill => prefill;

function v14(options: RenderOptions): string {
  const created = options.createdToken
    ? `<div class="created-personal-access-token-container">
<h5 class="gl-mt-0">Your new personal access token</h5>
<div class="form-group"><div class="input-group">
<input type="text" name="created-personal-access-token" id="created-personal-access-token" value="${escapeHtml(options.createdToken)}" readonly="readonly" class="qa-created-access-token form-control js-select-on-focus" aria-describedby="created-token-help-block">
<span class="input-group-append"><button class="btn btn-clipboard input-group-text btn-default" data-clipboard-text="${escapeHtml(options.createdToken)}" type="button" title="Copy personal access token">Copy</button></span>
</div><span class="form-text text-muted" id="created-token-help-block">Make sure you save it - you won't be able to access it again.</span></div>
</div>
<hr>`
    : '';
  const form = hamlForm({
    prefix: 'personal_access_token',
    action: '/-/profile/personal_access_tokens',
    ajax: false,
    era: 14,
    scopes: OFFERED_SCOPES.v14,
    prefill: personalScopesOrder(options.prefill),
    description: false,
    role: false,
    expiry: {},
    csrfToken: options.csrfToken,
    title: 'Personal access token',
  });
  return `<div class="row gl-mt-3 js-search-settings-section">
<div class="col-lg-4 profile-settings-sidebar"><h4 class="gl-mt-0">Personal Access Tokens</h4><p>You can generate a personal access token for each application you use that needs access to the GitLab API.</p></div>
<div class="col-lg-8">
${created}
${form}
<hr>
<h5>Active personal access tokens (1)</h5>
<div class="table-responsive"><table class="table active-tokens"><thead><tr><th>Token name</th><th>Created</th><th>Last Used</th><th>Expires</th><th>Scopes</th><th></th></tr></thead>
<tbody><tr><td>Old laptop</td><td>Jan 02, 2026</td><td>Never</td><td>In 7 days</td><td>api</td><td><a class="gl-button btn btn-danger btn-sm float-right qa-revoke-button" data-method="put" href="/-/profile/personal_access_tokens/1/revoke">Revoke</a></td></tr></tbody></table></div>
</div></div>
<hr>
<div class="row"><div class="col-lg-8"><h4>Feed token</h4><input type="text" id="feed_token" readonly value="FAKE-feed-token-simulator" class="form-control"></div></div>`;
}

function v15(options: RenderOptions): string {
  const form = hamlForm({
    prefix: 'personal_access_token',
    action: '/-/profile/personal_access_tokens',
    ajax: true,
    era: 15,
    scopes: OFFERED_SCOPES.v15,
    prefill: options.prefill,
    description: false,
    role: false,
    expiry: { minDate: railsTime(days(options.now, 1)), maxDate: railsTime(days(options.now, 365)) },
    csrfToken: options.csrfToken,
    title: 'Personal access token',
  });
  return `<div class="row gl-mt-3 js-search-settings-section">
<div class="col-lg-4 profile-settings-sidebar"><h4 class="gl-mt-0">Personal Access Tokens</h4></div>
<div class="col-lg-8">
<div id="js-new-access-token-app" data-access-token-type="personal access token"></div>
${form}
<div id="js-access-token-table-app" data-access-token-type="personal access token" data-access-token-type-plural="personal access tokens" data-initial-active-access-tokens="${activeTokensJson()}"></div>
</div></div>
<div id="js-tokens-app" data-tokens-data="${escapeHtml(JSON.stringify({ feed_token: { token: 'FAKE-feed-token-simulator' } }))}"></div>`;
}

function tokenCard(title: string, form: string, tableApp: string): string {
  return `<section class="gl-new-card js-toggle-container js-token-card">
<header class="gl-new-card-header"><h3 class="gl-new-card-title">Active ${title.toLowerCase()}s <span class="js-token-count">1</span></h3>
<div class="gl-new-card-actions"><button type="button" class="btn btn-default btn-sm gl-button js-toggle-button js-toggle-content" data-testid="add-new-token-button">Add new token</button></div></header>
<div class="gl-new-card-add-form gl-hidden js-toggle-content js-add-new-token-form" data-testid="crud-form">
${form}
</div>
<div class="gl-new-card-body" data-testid="crud-body">${tableApp}</div>
</section>`;
}

function v17(options: RenderOptions): string {
  const form = hamlForm({
    prefix: 'personal_access_token',
    action: '/-/user_settings/personal_access_tokens',
    ajax: true,
    era: 17,
    scopes: OFFERED_SCOPES.v17,
    prefill: options.prefill,
    description: true,
    role: false,
    expiry: { minDate: railsTime(days(options.now, 1)), maxDate: railsTime(days(options.now, 365)) },
    csrfToken: options.csrfToken,
    title: 'Personal access token',
  });
  return `<div class="settings-section js-search-settings-section">
<h2 class="settings-title">Personal access tokens</h2>
<div id="js-new-access-token-app" data-access-token-type="personal access token"></div>
${tokenCard('Personal access token', form, `<div id="js-access-token-table-app" data-access-token-type="personal access token" data-initial-active-access-tokens="${activeTokensJson()}"></div>`)}
</div>
<div id="js-tokens-app" data-tokens-data="${escapeHtml(JSON.stringify({ feed_token: { token: 'FAKE-feed-token-simulator' } }))}"></div>`;
}

function resourcePage(kind: 'project' | 'group', action: string, options: RenderOptions): string {
  const title = kind === 'project' ? 'Project access token' : 'Group access token';
  const form = hamlForm({
    prefix: 'resource_access_token',
    action,
    ajax: true,
    era: 17,
    scopes: OFFERED_SCOPES.resource,
    prefill: {},
    description: true,
    role: true,
    expiry: { minDate: railsTime(days(options.now, 1)), maxDate: railsTime(days(options.now, 365)) },
    csrfToken: options.csrfToken,
    title,
  });
  return `<div class="settings-section js-search-settings-section">
<h2 class="settings-title">${title}s</h2>
<div id="js-new-access-token-app" data-access-token-type="${title.toLowerCase()}"></div>
${tokenCard(title, form, `<div id="js-access-token-table-app" data-access-token-type="${title.toLowerCase()}" data-show-role="true" data-initial-active-access-tokens="[]"></div>`)}
<div id="js-inactive-access-token-table-app" data-pagination-url="${action}/inactive.json"></div>
</div>`;
}

export interface VueAppConfig {
  mount: string;
  heading: string;
  /** legacy/new: the form is open from the start and there is no token list. */
  standalone: boolean;
  root: string;
  /** legacy/new's created-token view: the input's test id (default: 3919ad72's), or null (55eb439f). */
  createdTokenTestid?: string | null;
  /** The grouped `scope_selector.vue` in place of the checkbox group, and the link its `api` help gives. */
  scopeSelector?: { newGranularPatPath: string };
}

function vueMount(
  id: string,
  options: RenderOptions,
  scopes: readonly string[],
  create: string,
  maxDate?: string,
): string {
  const available = scopes.map((value) => ({ value, text: GITLAB_SCOPE_HELP[value] ?? '' }));
  const attrs: Record<string, string | undefined> = {
    'data-access-token-min-date': railsTime(days(options.now, 1)),
    'data-access-token-max-date': maxDate,
    'data-access-token-available-scopes': JSON.stringify(available),
    'data-access-token-name': options.prefill.name ?? '',
    'data-access-token-description': options.prefill.description ?? '',
    'data-access-token-scopes': JSON.stringify(
      (options.prefill.scopes ?? []).filter((scope) => scopes.includes(scope)),
    ),
    'data-access-token-create': create,
  };
  const rendered = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value ?? '')}"`)
    .join('');
  return `<div id="${id}"${rendered}></div>`;
}

function v18(root: string) {
  return (options: RenderOptions): string =>
    `${vueMount(
      'js-shared-access-token-app',
      options,
      OFFERED_SCOPES.v18,
      `${root}/-/user_settings/personal_access_tokens`,
      // An EE instance policy: at most 180 days (a Date#iso8601).
      isoDate(days(options.now, 180)),
    )}
<div id="js-tokens-app" data-tokens-data="${escapeHtml(JSON.stringify({ feed_token: { token: 'FAKE-feed-token-simulator' } }))}"></div>`;
}

function v19Index(): string {
  return `<div id="js-personal-access-token-app"></div>`;
}

function v19Legacy(options: RenderOptions): string {
  return vueMount(
    'js-create-legacy-token-app',
    options,
    OFFERED_SCOPES.v19,
    '/-/user_settings/personal_access_tokens',
    railsTime(days(options.now, 365)),
  );
}

/** 19.2 `granular_new.html.haml`: only the mount element, its data nested under `access_token`. */
const v19Granular =
  (root: string) =>
  (options: RenderOptions): string => {
    const attrs = {
      'data-access-token-min-date': railsTime(days(options.now, 1)),
      // gitlab.com requires an expiry: at most 365 days.
      'data-access-token-max-date': railsTime(days(options.now, 365)),
      'data-access-token-max-expiration-days': '365',
      'data-access-token-pat-expiration-required': 'true',
      'data-access-token-scopes': 'null',
      'data-access-token-table-url': `${root}/-/user_settings/personal_access_tokens`,
      'data-access-token-granular-new': `${root}/-/user_settings/personal_access_tokens/granular/new`,
      'data-access-token-legacy-new': `${root}/-/user_settings/personal_access_tokens/legacy/new`,
      'data-access-token-can-enable-sudo': 'false',
    };
    const rendered = Object.entries(attrs)
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('');
    return `<nav aria-label="Breadcrumb"><a href="${root}/-/user_settings/personal_access_tokens">Personal access tokens</a></nav>
<div id="js-create-granular-token-app"${rendered}></div>`;
  };

const PAT_TITLE = 'Personal access tokens';

export const VARIANTS: Record<VariantId, Variant> = {
  v14: {
    id: 'v14',
    label: 'GitLab 14.x personal access tokens (HAML, plain POST)',
    path: '/-/profile/personal_access_tokens',
    dataPage: 'profiles:personal_access_tokens:index',
    createPath: '/-/profile/personal_access_tokens',
    render: (o) => layout(PAT_TITLE, 'profiles:personal_access_tokens:index', v14(o), o, { variant: 'v14' }),
  },
  v15: {
    id: 'v15',
    label: 'GitLab 15.x personal access tokens (HAML AJAX form)',
    path: '/-/profile/personal_access_tokens',
    dataPage: 'profiles:personal_access_tokens:index',
    createPath: '/-/profile/personal_access_tokens',
    render: (o) => layout(PAT_TITLE, 'profiles:personal_access_tokens:index', v15(o), o, { variant: 'v15' }),
  },
  v17: {
    id: 'v17',
    label: 'GitLab 17.x personal access tokens (form in a card)',
    path: '/-/user_settings/personal_access_tokens',
    dataPage: 'user_settings:personal_access_tokens:index',
    createPath: '/-/user_settings/personal_access_tokens',
    render: (o) => layout(PAT_TITLE, 'user_settings:personal_access_tokens:index', v17(o), o, { variant: 'v17' }),
  },
  v18: {
    id: 'v18',
    label: 'GitLab 18.x personal access tokens (Vue app)',
    path: '/-/user_settings/personal_access_tokens',
    dataPage: 'user_settings:personal_access_tokens:index',
    createPath: '/-/user_settings/personal_access_tokens',
    render: (o) =>
      layout(PAT_TITLE, 'user_settings:personal_access_tokens:index', v18('')(o), o, {
        variant: 'v18',
        vue: { mount: '#js-shared-access-token-app', heading: PAT_TITLE, standalone: false, root: '' },
      }),
  },
  'v18-root': {
    id: 'v18-root',
    label: 'GitLab 18.x under a relative URL root (/gitlab)',
    path: '/gitlab/-/user_settings/personal_access_tokens',
    dataPage: 'user_settings:personal_access_tokens:index',
    createPath: '/gitlab/-/user_settings/personal_access_tokens',
    render: (o) =>
      layout(PAT_TITLE, 'user_settings:personal_access_tokens:index', v18('/gitlab')(o), o, {
        variant: 'v18-root',
        vue: { mount: '#js-shared-access-token-app', heading: PAT_TITLE, standalone: false, root: '/gitlab' },
      }),
  },
  'v19-index': {
    id: 'v19-index',
    label: 'GitLab 19.x token list with the "Generate token" menu',
    path: '/-/user_settings/personal_access_tokens',
    dataPage: 'user_settings:personal_access_tokens:index',
    render: (o) =>
      layout(PAT_TITLE, 'user_settings:personal_access_tokens:index', v19Index(), o, {
        variant: 'v19-index',
        index: { dropdownTestid: true },
      }),
  },
  'v19-index-no-testid': {
    id: 'v19-index-no-testid',
    label: 'GitLab 19.x token list, "Generate token" menu without its test id (55eb439f)',
    path: '/-/user_settings/personal_access_tokens',
    dataPage: 'user_settings:personal_access_tokens:index',
    render: (o) =>
      layout(PAT_TITLE, 'user_settings:personal_access_tokens:index', v19Index(), o, {
        variant: 'v19-index-no-testid',
        index: { dropdownTestid: false },
      }),
  },
  'v19-legacy': {
    id: 'v19-legacy',
    label: 'GitLab 19.x legacy token form (legacy/new)',
    path: '/-/user_settings/personal_access_tokens/legacy/new',
    dataPage: 'user_settings:personal_access_tokens:legacy_new',
    createPath: '/-/user_settings/personal_access_tokens',
    render: (o) =>
      layout('Generate legacy token', 'user_settings:personal_access_tokens:legacy_new', v19Legacy(o), o, {
        variant: 'v19-legacy',
        vue: { mount: '#js-create-legacy-token-app', heading: 'Generate legacy token', standalone: true, root: '' },
      }),
  },
  'v19-legacy-grouped': {
    id: 'v19-legacy-grouped',
    label: 'GitLab 19.x legacy token form with the grouped scope selector (scope_selector.vue @1f79dac7)',
    path: '/-/user_settings/personal_access_tokens/legacy/new',
    dataPage: 'user_settings:personal_access_tokens:legacy_new',
    createPath: '/-/user_settings/personal_access_tokens',
    render: (o) =>
      layout('Generate legacy token', 'user_settings:personal_access_tokens:legacy_new', v19Legacy(o), o, {
        variant: 'v19-legacy-grouped',
        vue: {
          mount: '#js-create-legacy-token-app',
          heading: 'Generate legacy token',
          standalone: true,
          root: '',
          scopeSelector: { newGranularPatPath: '/-/user_settings/personal_access_tokens/granular/new' },
        },
      }),
  },
  'v19-granular': {
    id: 'v19-granular',
    label: 'GitLab 19.2 fine-grained token form (granular/new)',
    path: '/-/user_settings/personal_access_tokens/granular/new',
    dataPage: 'user_settings:personal_access_tokens:granular_new',
    createPath: '/api/graphql',
    render: (o) =>
      layout(
        'Generate fine-grained token',
        'user_settings:personal_access_tokens:granular_new',
        v19Granular('')(o),
        o,
        {
          variant: 'v19-granular',
        },
      ),
  },
  'v19-granular-root': {
    id: 'v19-granular-root',
    label: 'GitLab 19.2 fine-grained token form under a relative URL root (/gitlab)',
    path: '/gitlab/-/user_settings/personal_access_tokens/granular/new',
    dataPage: 'user_settings:personal_access_tokens:granular_new',
    createPath: '/gitlab/api/graphql',
    render: (o) =>
      layout(
        'Generate fine-grained token',
        'user_settings:personal_access_tokens:granular_new',
        v19Granular('/gitlab')(o),
        o,
        { variant: 'v19-granular', root: '/gitlab' },
      ),
  },
  project: {
    id: 'project',
    label: 'Project access tokens',
    path: '/acme/widgets/-/settings/access_tokens',
    dataPage: 'projects:settings:access_tokens:index',
    createPath: '/acme/widgets/-/settings/access_tokens',
    render: (o) =>
      layout(
        'Project access tokens',
        'projects:settings:access_tokens:index',
        resourcePage('project', '/acme/widgets/-/settings/access_tokens', o),
        o,
        { variant: 'project' },
      ),
  },
  group: {
    id: 'group',
    label: 'Group access tokens',
    path: '/groups/acme/-/settings/access_tokens',
    dataPage: 'groups:settings:access_tokens:index',
    createPath: '/groups/acme/-/settings/access_tokens',
    render: (o) =>
      layout(
        'Group access tokens',
        'groups:settings:access_tokens:index',
        resourcePage('group', '/groups/acme/-/settings/access_tokens', o),
        o,
        { variant: 'group' },
      ),
  },
  unrelated: {
    id: 'unrelated',
    label: 'An unrelated GitLab page (projects dashboard)',
    path: '/dashboard/projects',
    dataPage: 'dashboard:projects:index',
    render: (o) =>
      layout(
        'Projects',
        'dashboard:projects:index',
        `<h1>Projects</h1><form class="project-filter"><input type="checkbox" name="archived" value="only"> <input type="search" name="name"></form><ul class="projects-list"><li>acme / widgets</li></ul>`,
        o,
      ),
  },
};

/** Variants sharing a path are told apart by the `sim_variant` cookie; the first is the default. */
export function variantsForPath(path: string): Variant[] {
  return Object.values(VARIANTS)
    .filter((variant) => variant.path === path)
    .sort((a, b) => DEFAULT_ORDER.indexOf(a.id) - DEFAULT_ORDER.indexOf(b.id));
}

const DEFAULT_ORDER: VariantId[] = [
  'v15',
  'v14',
  'v18',
  'v17',
  'v19-index',
  'v19-index-no-testid',
  'v19-legacy',
  'v19-legacy-grouped',
];
