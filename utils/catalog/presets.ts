import type { BuiltinPreset, Evidence } from './schema';

const SCOPES_DOC = 'https://docs.gitlab.com/security/tokens/access_token_scopes/';
const REGISTRY_DOC = 'https://docs.gitlab.com/user/packages/container_registry/authenticate_with_container_registry/';
/** The client each run uses (test/presets/runs.ts). */
const GIT: Evidence = { kind: 'verified', client: 'git' };
const SKOPEO: Evidence = { kind: 'verified', client: 'skopeo' };
/**
 * The date Scopewise last read each integration's own docs (each preset's `source`; Renovate's again
 * on 2026-12-01).
 */
const READ: Evidence = { kind: 'documented', read: '2026-11-24' };
const RENOVATE_READ: Evidence = { kind: 'documented', read: '2026-12-01' };

/**
 * Least-privilege presets for common integrations. Scopes follow each integration's own
 * documentation (`source`). Roles apply to
 * project and group tokens: Reporter to read, Developer to push, higher only where the source asks.
 * Lifetimes stay at or under 90 days, GitLab's rotation advice, except where a shorter one fits.
 * Names are the same in every language; descriptions and narrower credentials are messages
 * (`presets.<id>.description`, `.narrower` in locales/*.yml).
 */
export const BUILTIN_PRESETS: readonly BuiltinPreset[] = [
  {
    id: 'git-clone',
    name: 'Git clone / pull',
    scopes: ['read_repository'],
    lifetimeDays: 90,
    role: 'reporter',
    evidence: GIT,
    source: SCOPES_DOC,
  },
  {
    id: 'git-push',
    name: 'Git push',
    scopes: ['write_repository'],
    lifetimeDays: 30,
    role: 'developer',
    evidence: GIT,
    source: SCOPES_DOC,
  },
  {
    id: 'registry-pull',
    name: 'Container registry pull',
    scopes: ['read_registry'],
    lifetimeDays: 90,
    role: 'reporter',
    evidence: SKOPEO,
    source: REGISTRY_DOC,
  },
  {
    id: 'registry-push',
    name: 'Container registry push',
    scopes: ['read_registry', 'write_registry'],
    lifetimeDays: 30,
    role: 'developer',
    evidence: SKOPEO,
    source: REGISTRY_DOC,
  },
  {
    id: 'read-api',
    name: 'Read-only API',
    scopes: ['read_api'],
    lifetimeDays: 90,
    role: 'reporter',
    evidence: { kind: 'verified', client: 'python-gitlab' },
    source: SCOPES_DOC,
  },
  {
    id: 'renovate',
    name: 'Renovate',
    // Its docs (the source below) ask for api; the older read_user and write_repository add nothing
    // next to it: api reads /user and pushes over Git (test/simulator/scope-rules.ts).
    scopes: ['api'],
    lifetimeDays: 90,
    role: 'developer',
    evidence: RENOVATE_READ,
    source: 'https://docs.renovatebot.com/modules/platform/gitlab/',
  },
  {
    id: 'renovate-dry-run',
    name: 'Renovate (dry run)',
    // Its docs list read_user, read_api and read_repository: read_api alone reads /user and clones.
    scopes: ['read_api'],
    lifetimeDays: 30,
    role: 'reporter',
    evidence: RENOVATE_READ,
    source: 'https://docs.renovatebot.com/modules/platform/gitlab/',
  },
  {
    id: 'glab',
    name: 'GitLab CLI (glab)',
    scopes: ['api', 'write_repository'],
    lifetimeDays: 30,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/cli/auth/login/',
  },
  {
    id: 'kubernetes-agent',
    name: 'Kubernetes agent',
    scopes: ['k8s_proxy'],
    lifetimeDays: 30,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/clusters/agent/user_access/',
  },
  {
    id: 'vscode',
    name: 'VS Code GitLab Workflow',
    scopes: ['api'],
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/editor_extensions/visual_studio_code/setup/',
  },
  {
    id: 'jetbrains',
    name: 'JetBrains IDE',
    scopes: ['api', 'read_user'],
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://www.jetbrains.com/help/idea/gitlab.html',
  },
  {
    id: 'terraform-state',
    name: 'Terraform state',
    scopes: ['api'],
    lifetimeDays: 30,
    role: 'maintainer',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/infrastructure/iac/terraform_state/',
  },
  {
    id: 'terraform-provider',
    name: 'Terraform GitLab provider',
    scopes: ['api'],
    lifetimeDays: 30,
    role: 'maintainer',
    evidence: READ,
    source: 'https://registry.terraform.io/providers/gitlabhq/gitlab/latest/docs',
  },
  {
    id: 'jenkins',
    name: 'Jenkins',
    scopes: ['api'],
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/integration/jenkins/',
  },
  {
    id: 'deeptraq',
    name: 'DeepTraQ',
    scopes: ['read_user', 'read_repository'],
    lifetimeDays: 90,
    role: 'reporter',
    evidence: { kind: 'verified', client: 'git and python-gitlab' },
    source: 'https://docs.deeptraq.ai/docs/integrations/Gitlab',
  },
  {
    id: 'argo-cd',
    name: 'Argo CD',
    scopes: ['read_repository'],
    lifetimeDays: 90,
    role: 'reporter',
    evidence: READ,
    source: 'https://argo-cd.readthedocs.io/en/latest/user-guide/private-repositories/',
  },
  {
    id: 'flux-bootstrap',
    name: 'Flux bootstrap',
    scopes: ['api'],
    lifetimeDays: 7,
    role: 'maintainer',
    evidence: READ,
    source: 'https://fluxcd.io/flux/installation/bootstrap/gitlab/',
  },
  {
    id: 'backstage',
    name: 'Backstage',
    // Its docs ask for "at least api, read_repository and write_repository": api covers Git over HTTP.
    scopes: ['api'],
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://backstage.io/docs/integrations/gitlab/locations',
  },
  {
    id: 'semantic-release',
    name: 'semantic-release',
    // Its docs add write_repository for Git push with the same token: api already pushes over Git.
    scopes: ['api'],
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://github.com/semantic-release/gitlab#gitlab-authentication',
  },
  {
    id: 'danger',
    name: 'Danger',
    scopes: ['api'],
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://gitlab.com/gitlab-org/ruby/gems/gitlab-dangerfiles',
  },
  {
    id: 'sonarqube',
    name: 'SonarQube merge request decoration',
    scopes: ['api'],
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.sonarsource.com/sonarqube-server/latest/devops-platform-integration/gitlab-integration/',
  },
  {
    id: 'dependabot-gitlab',
    name: 'dependabot-gitlab',
    scopes: ['api'],
    lifetimeDays: 90,
    role: 'maintainer',
    evidence: READ,
    source: 'https://dependabot-gitlab.gitlab.io/dependabot/config/environment.html',
  },
  {
    id: 'composer-install',
    name: 'Composer install',
    scopes: ['read_api'],
    lifetimeDays: 90,
    role: 'reporter',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/packages/composer_repository/',
  },
  {
    id: 'go-proxy',
    name: 'Go module proxy',
    scopes: ['read_api'],
    lifetimeDays: 90,
    role: 'reporter',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/packages/go_proxy/',
  },
  {
    id: 'package-publish',
    name: 'Package registry publish',
    scopes: ['api'],
    lifetimeDays: 30,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/packages/package_registry/supported_functionality/',
  },
];

/**
 * Scopes a preset keeps although GitLab's rules make them redundant next to its others
 * (test/simulator/scope-rules.ts decides; test/unit/catalog.test.ts holds every such scope here).
 */
export const REDUNDANT_SCOPES_KEPT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  glab: {
    write_repository:
      "glab's docs and its token link ask for api and write_repository; whether glab checks the list was not tested.",
  },
  jetbrains: {
    read_user: "JetBrains' Generate button selects api and read_user; whether the IDE checks the list was not tested.",
  },
};
