import type { Evidence, Preset } from './schema';

const SCOPES_DOC = 'https://docs.gitlab.com/security/tokens/access_token_scopes/';
const REGISTRY_DOC = 'https://docs.gitlab.com/user/packages/container_registry/authenticate_with_container_registry/';
const DEPLOY_TOKEN = 'A deploy token';
const PROJECT_TOKEN = 'a project or group access token';
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
 */
export const BUILTIN_PRESETS: readonly (Preset & { evidence: Evidence })[] = [
  {
    id: 'git-clone',
    name: 'Git clone / pull',
    scopes: ['read_repository'],
    description: 'Git clone and pull over HTTPS (read-only).',
    lifetimeDays: 90,
    role: 'reporter',
    evidence: GIT,
    source: SCOPES_DOC,
    narrower: `${DEPLOY_TOKEN} with read_repository or an SSH deploy key covers one project only; in CI, use CI_JOB_TOKEN.`,
  },
  {
    id: 'git-push',
    name: 'Git push',
    scopes: ['write_repository'],
    description: 'Git push over HTTPS.',
    lifetimeDays: 30,
    role: 'developer',
    evidence: GIT,
    source: SCOPES_DOC,
    narrower: `Use ${PROJECT_TOKEN} with write_repository, or a deploy key with write access, to limit it to one project.`,
  },
  {
    id: 'registry-pull',
    name: 'Container registry pull',
    scopes: ['read_registry'],
    description: 'docker pull from the GitLab container registry.',
    lifetimeDays: 90,
    role: 'reporter',
    evidence: SKOPEO,
    source: REGISTRY_DOC,
    narrower: `${DEPLOY_TOKEN} with read_registry covers one project or group; in CI, use CI_REGISTRY_USER / CI_REGISTRY_PASSWORD.`,
  },
  {
    id: 'registry-push',
    name: 'Container registry push',
    scopes: ['read_registry', 'write_registry'],
    description: 'docker push to the GitLab container registry.',
    lifetimeDays: 30,
    role: 'developer',
    evidence: SKOPEO,
    source: REGISTRY_DOC,
    narrower: `${DEPLOY_TOKEN} with read_registry and write_registry covers one project or group; in CI, use CI_JOB_TOKEN.`,
  },
  {
    id: 'read-api',
    name: 'Read-only API',
    scopes: ['read_api'],
    description: 'Read-only API access for a dashboard or report.',
    lifetimeDays: 90,
    role: 'reporter',
    evidence: { kind: 'verified', client: 'python-gitlab' },
    source: SCOPES_DOC,
    narrower: `Use ${PROJECT_TOKEN} with read_api (Reporter) to limit it to one group or project.`,
  },
  {
    id: 'renovate',
    name: 'Renovate',
    // Its docs (the source below) ask for api; the older read_user and write_repository add nothing
    // next to it: api reads /user and pushes over Git (test/simulator/scope-rules.ts).
    scopes: ['api'],
    description: 'Renovate bot: dependency update merge requests.',
    lifetimeDays: 90,
    role: 'developer',
    evidence: RENOVATE_READ,
    source: 'https://docs.renovatebot.com/modules/platform/gitlab/',
    narrower:
      'Renovate also accepts a project or group access token (Developer; Maintainer to automerge), limited to what it updates.',
  },
  {
    id: 'renovate-dry-run',
    name: 'Renovate (dry run)',
    // Its docs list read_user, read_api and read_repository: read_api alone reads /user and clones.
    scopes: ['read_api'],
    description: 'Renovate bot in dry-run mode (reads only).',
    lifetimeDays: 30,
    role: 'reporter',
    evidence: RENOVATE_READ,
    source: 'https://docs.renovatebot.com/modules/platform/gitlab/',
  },
  {
    id: 'glab',
    name: 'GitLab CLI (glab)',
    scopes: ['api', 'write_repository'],
    description: 'GitLab CLI (glab) on my workstation.',
    lifetimeDays: 30,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/cli/auth/login/',
    narrower: 'glab auth login also offers a browser (OAuth) sign-in that needs no long-lived token.',
  },
  {
    id: 'kubernetes-agent',
    name: 'Kubernetes agent',
    scopes: ['k8s_proxy'],
    description: 'kubectl through the GitLab agent for Kubernetes.',
    lifetimeDays: 30,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/clusters/agent/user_access/',
    narrower: 'glab cluster agent get-token issues a k8s_proxy token that lasts one day.',
  },
  {
    id: 'vscode',
    name: 'VS Code GitLab Workflow',
    scopes: ['api'],
    description: 'GitLab Workflow extension for VS Code.',
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/editor_extensions/visual_studio_code/setup/',
    narrower: 'On GitLab.com, sign in with OAuth instead: no token to leak.',
  },
  {
    id: 'jetbrains',
    name: 'JetBrains IDE',
    scopes: ['api', 'read_user'],
    description: 'JetBrains IDE GitLab integration.',
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://www.jetbrains.com/help/idea/gitlab.html',
  },
  {
    id: 'terraform-state',
    name: 'Terraform state',
    scopes: ['api'],
    description: 'Terraform / OpenTofu state backend (HTTP).',
    lifetimeDays: 30,
    role: 'maintainer',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/infrastructure/iac/terraform_state/',
    narrower:
      'In CI, use gitlab-ci-token with CI_JOB_TOKEN. Developer can read state; locking and writing need Maintainer.',
  },
  {
    id: 'terraform-provider',
    name: 'Terraform GitLab provider',
    scopes: ['api'],
    description: 'Terraform GitLab provider managing GitLab resources.',
    lifetimeDays: 30,
    role: 'maintainer',
    evidence: READ,
    source: 'https://registry.terraform.io/providers/gitlabhq/gitlab/latest/docs',
    narrower: `Use ${PROJECT_TOKEN} when the managed resources live in one project or group.`,
  },
  {
    id: 'jenkins',
    name: 'Jenkins',
    scopes: ['api'],
    description: 'Jenkins GitLab plugin: builds and commit statuses.',
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/integration/jenkins/',
    narrower: `GitLab recommends ${PROJECT_TOKEN} so it can be revoked per project.`,
  },
  {
    id: 'deeptraq',
    name: 'DeepTraQ',
    scopes: ['read_user', 'read_repository'],
    description: 'DeepTraQ repository integration.',
    lifetimeDays: 90,
    role: 'reporter',
    evidence: { kind: 'verified', client: 'git and python-gitlab' },
    source: 'https://docs.deeptraq.ai/docs/integrations/Gitlab',
    narrower: 'When DeepTraQ runs as a CI job on the checked-out code, it needs no GitLab token at all.',
  },
  {
    id: 'argo-cd',
    name: 'Argo CD',
    scopes: ['read_repository'],
    description: 'Argo CD repository access over HTTPS.',
    lifetimeDays: 90,
    role: 'reporter',
    evidence: READ,
    source: 'https://argo-cd.readthedocs.io/en/latest/user-guide/private-repositories/',
    narrower: `${DEPLOY_TOKEN} with read_repository or an SSH deploy key covers one project only.`,
  },
  {
    id: 'flux-bootstrap',
    name: 'Flux bootstrap',
    scopes: ['api'],
    description: 'flux bootstrap gitlab (one-off).',
    lifetimeDays: 7,
    role: 'maintainer',
    evidence: READ,
    source: 'https://fluxcd.io/flux/installation/bootstrap/gitlab/',
    narrower:
      'Bootstrap with --deploy-token-auth: Flux then syncs with a project deploy token, and this token can expire.',
  },
  {
    id: 'backstage',
    name: 'Backstage',
    // Its docs ask for "at least api, read_repository and write_repository": api covers Git over HTTP.
    scopes: ['api'],
    description: 'Backstage GitLab integration (catalog and scaffolder).',
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://backstage.io/docs/integrations/gitlab/locations',
    narrower: `For catalog discovery only, ${PROJECT_TOKEN} with read_api and read_repository is enough.`,
  },
  {
    id: 'semantic-release',
    name: 'semantic-release',
    // Its docs add write_repository for Git push with the same token: api already pushes over Git.
    scopes: ['api'],
    description: 'semantic-release: tags, releases and changelog commits.',
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://github.com/semantic-release/gitlab#gitlab-authentication',
    narrower: `semantic-release accepts ${PROJECT_TOKEN} (Developer).`,
  },
  {
    id: 'danger',
    name: 'Danger',
    scopes: ['api'],
    description: 'Danger merge request review bot.',
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://gitlab.com/gitlab-org/ruby/gems/gitlab-dangerfiles',
    narrower: `Danger's own docs ask for ${PROJECT_TOKEN} with Developer, stored as a masked CI variable.`,
  },
  {
    id: 'sonarqube',
    name: 'SonarQube merge request decoration',
    scopes: ['api'],
    description: 'SonarQube merge request decoration.',
    lifetimeDays: 90,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.sonarsource.com/sonarqube-server/latest/devops-platform-integration/gitlab-integration/',
    narrower: 'Create it on a dedicated technical account rather than your own.',
  },
  {
    id: 'dependabot-gitlab',
    name: 'dependabot-gitlab',
    scopes: ['api'],
    description: 'dependabot-gitlab dependency updates.',
    lifetimeDays: 90,
    role: 'maintainer',
    evidence: READ,
    source: 'https://dependabot-gitlab.gitlab.io/dependabot/config/environment.html',
    narrower: 'Maintainer is needed only for automatic webhook creation; Developer otherwise.',
  },
  {
    id: 'composer-install',
    name: 'Composer install',
    scopes: ['read_api'],
    description: 'composer install from the GitLab package registry.',
    lifetimeDays: 90,
    role: 'reporter',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/packages/composer_repository/',
    narrower: `${DEPLOY_TOKEN} with read_package_registry covers one project or group.`,
  },
  {
    id: 'go-proxy',
    name: 'Go module proxy',
    scopes: ['read_api'],
    description: 'go get through the GitLab Go proxy.',
    lifetimeDays: 90,
    role: 'reporter',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/packages/go_proxy/',
    narrower: `Use ${PROJECT_TOKEN} with read_api to limit it to one project.`,
  },
  {
    id: 'package-publish',
    name: 'Package registry publish',
    scopes: ['api'],
    description: 'Publishing packages (npm, Maven, PyPI, NuGet, generic).',
    lifetimeDays: 30,
    role: 'developer',
    evidence: READ,
    source: 'https://docs.gitlab.com/user/packages/package_registry/supported_functionality/',
    narrower: `${DEPLOY_TOKEN} with write_package_registry, or CI_JOB_TOKEN in CI, can publish without any API access.`,
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
