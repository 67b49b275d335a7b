import type { PermissionInfo, RiskLevel } from './schema';

/**
 * GitLab's fine-grained token permissions, with what each really lets a token do. Source: the
 * 19.2 catalog (`config/authz/permission_groups/assignable_permissions/**`) and its generated docs
 * (`doc/auth/tokens/fine_grained_access_tokens*.md`). GitLab records no version per
 * permission; every entry here is in 19.2's catalog (fine-grained tokens' general availability), so
 * `since` is 19.2 unless a permission is known to be newer. Permissions not listed show as
 * "Unknown risk" on the form.
 *
 * Risk is what a leaked token could do with the permission alone: reading ordinary project data
 * is low; reading anything that holds credentials, or changing what runs in CI, is high; minting
 * credentials or deleting projects and groups is critical.
 */
const SINCE = '19.2';

/**
 * [name, risk, can, narrowest legacy scopes (space-separated; default read_api for reads, api for
 * everything else, as GitLab's legacy scopes have nothing narrower for most of the API), exposes secrets]
 */
type Row = [string, RiskLevel, string, string?, ('secrets' | undefined)?];

const ROWS: Row[] = [
  // Repository
  ['download_code', 'low', 'clone and pull the repository over HTTPS (and LFS, archives)', 'read_repository'],
  ['push_code', 'high', 'push commits and tags over HTTPS, which can change what CI runs', 'write_repository'],
  ['read_code', 'low', 'search code through the API'],
  ['read_repository', 'low', 'read files, trees, archives and comparisons through the API'],
  ['create_repository', 'medium', 'create repository content through the API'],
  ['update_repository', 'high', 'change files through the API (commits without Git)'],
  ['delete_repository', 'high', 'delete repository content through the API'],
  ['read_commit', 'low', 'read commits, diffs and their statuses'],
  ['create_commit', 'high', 'create commits through the API, which can change what CI runs'],
  ['update_commit', 'medium', 'cherry-pick and revert commits'],
  ['delete_commit', 'medium', 'remove commit data through the API'],
  ['read_branch', 'low', 'list branches'],
  ['create_branch', 'medium', 'create branches'],
  ['delete_branch', 'medium', 'delete branches'],
  ['protect_branch', 'high', 'protect and unprotect branches, which guard who may push and merge'],
  ['read_protected_branch', 'low', 'read branch protection rules'],
  ['update_protected_branch', 'high', 'change branch protection rules'],
  ['read_repository_tag', 'low', 'list tags'],
  ['create_repository_tag', 'medium', 'create tags, which can start release pipelines'],
  ['delete_repository_tag', 'medium', 'delete tags'],
  ['read_merge_request', 'low', 'read merge requests, their diffs and discussions'],
  ['create_merge_request', 'medium', 'open merge requests'],
  ['update_merge_request', 'medium', 'edit, comment on and close merge requests'],
  ['approve_merge_request', 'high', 'approve merge requests in your name, counting towards required approvals'],
  ['unapprove_merge_request', 'medium', 'withdraw your approval of merge requests'],
  [
    'reset_approvals_merge_request',
    'high',
    'reset all approvals of merge requests, which blocks merging until they are approved again',
  ],
  ['merge_merge_request', 'high', 'merge merge requests'],
  ['delete_merge_request', 'medium', 'delete merge requests'],
  ['subscribe_merge_request', 'low', 'subscribe to merge request notifications'],
  ['read_push_rule', 'low', 'read push rules'],
  ['update_push_rule', 'high', 'change push rules'],
  ['apply_suggestion', 'medium', 'apply review suggestions (creates commits)'],
  // CI/CD
  ['read_job', 'medium', 'read jobs and their logs, which can contain secrets a job printed'],
  ['run_job', 'high', "play and retry jobs, which run with the project's CI/CD variables"],
  ['update_job', 'medium', 'cancel and change jobs'],
  ['delete_job', 'medium', 'erase jobs, their logs and artifacts'],
  ['read_job_artifact', 'medium', 'download job artifacts, which may hold build secrets'],
  ['update_job_artifact', 'medium', 'keep or change job artifacts'],
  ['delete_job_artifact', 'medium', 'delete job artifacts'],
  ['delete_artifact', 'medium', 'delete build artifacts'],
  ['read_pipeline', 'low', 'read pipelines and their status'],
  ['create_pipeline', 'high', "start pipelines, which run with the project's CI/CD variables"],
  ['update_pipeline', 'medium', 'cancel and retry pipelines'],
  ['delete_pipeline', 'medium', 'delete pipelines and their logs'],
  ['read_pipeline_schedule', 'low', 'read pipeline schedules'],
  ['create_pipeline_schedule', 'high', 'schedule pipelines that run as you'],
  ['update_pipeline_schedule', 'high', 'change scheduled pipelines and take them over'],
  ['delete_pipeline_schedule', 'medium', 'delete pipeline schedules'],
  ['read_variable', 'high', 'read CI/CD variables, secrets included', undefined, 'secrets'],
  ['create_variable', 'high', 'add CI/CD variables that jobs then run with'],
  ['update_variable', 'high', 'change CI/CD variables that jobs run with'],
  ['delete_variable', 'medium', 'delete CI/CD variables'],
  ['read_runner', 'low', 'read runners and their settings'],
  ['create_runner', 'medium', 'create runners', 'create_runner'],
  ['update_runner', 'medium', 'change runners', 'manage_runner'],
  ['delete_runner', 'medium', 'delete runners', 'manage_runner'],
  ['assign_runner', 'medium', 'assign runners to projects', 'manage_runner'],
  ['read_secure_file', 'high', 'download CI secure files (signing keys, certificates)', undefined, 'secrets'],
  ['create_secure_file', 'high', 'upload CI secure files'],
  ['delete_secure_file', 'medium', 'delete CI secure files'],
  ['read_trigger', 'high', 'read pipeline trigger tokens', undefined, 'secrets'],
  ['create_trigger', 'high', 'create pipeline trigger tokens'],
  ['update_trigger', 'high', 'change pipeline trigger tokens'],
  ['delete_trigger', 'medium', 'delete pipeline trigger tokens'],
  ['read_environment', 'low', 'read environments'],
  ['create_environment', 'medium', 'create environments'],
  ['update_environment', 'medium', 'change environments'],
  ['stop_environment', 'medium', 'stop environments (may tear down deployments)'],
  ['delete_environment', 'medium', 'delete environments'],
  ['read_deployment', 'low', 'read deployments'],
  ['create_deployment', 'medium', 'record deployments'],
  ['update_deployment', 'medium', 'change deployments'],
  ['approve_deployment', 'high', 'approve deployments to protected environments'],
  ['delete_deployment', 'medium', 'delete deployments'],
  ['read_terraform_state', 'high', 'read Terraform state, which often holds credentials', undefined, 'secrets'],
  ['update_terraform_state', 'high', 'change Terraform state'],
  ['lock_terraform_state', 'medium', 'lock and unlock Terraform state'],
  ['delete_terraform_state', 'high', 'delete Terraform state'],
  ['read_cluster_agent', 'low', 'read Kubernetes agents'],
  ['read_cluster_agent_token', 'high', 'read Kubernetes agent tokens', undefined, 'secrets'],
  ['create_cluster_agent_token', 'critical', 'create Kubernetes agent tokens (cluster access)'],
  ['read_feature_flag', 'low', 'read feature flags'],
  ['update_feature_flag', 'medium', 'change feature flags (changes production behaviour)'],
  ['read_resource_group', 'low', 'read CI resource groups'],
  ['read_ci_config', 'low', 'read and lint CI configuration'],
  ['validate_ci_config', 'low', 'validate CI configuration', 'read_api'],
  ['create_commit_status', 'medium', 'set commit statuses, which can satisfy merge checks'],
  // Packages and registry
  ['read_container_repository', 'low', 'pull container images (docker pull) and list them', 'read_registry'],
  ['delete_container_repository', 'high', 'delete container images and tags'],
  ['read_package', 'low', 'download packages from the package registry'],
  ['create_package', 'medium', 'publish packages that others will install'],
  ['update_package', 'medium', 'change packages'],
  ['delete_package', 'high', 'delete packages'],
  ['read_dependency_proxy', 'low', 'pull images through the group dependency proxy', 'read_registry'],
  // Projects, groups, planning
  ['read_project', 'low', 'read projects and their settings'],
  ['create_project', 'medium', 'create projects'],
  ['update_project', 'high', 'change project settings, visibility included'],
  ['archive_project', 'medium', 'archive projects'],
  ['delete_project', 'critical', 'delete projects'],
  ['fork_project', 'low', 'fork projects'],
  ['share_project', 'high', 'share projects with other groups'],
  ['transfer_project', 'high', 'move projects to other namespaces'],
  ['read_group', 'low', 'read groups and their settings'],
  ['create_group', 'medium', 'create groups'],
  ['update_group', 'high', 'change group settings, visibility included'],
  ['archive_group', 'medium', 'archive groups'],
  ['delete_group', 'critical', 'delete groups with all their projects'],
  ['share_group', 'high', 'share groups with other groups'],
  ['transfer_group', 'high', 'move groups'],
  ['read_avatar', 'low', 'read avatars'],
  ['update_avatar', 'low', 'change your avatar'],
  ['read_work_item', 'low', 'read issues, epics, tasks and their comments'],
  ['create_work_item', 'low', 'create issues, epics and tasks'],
  ['update_work_item', 'low', 'edit, comment on and close issues, epics and tasks'],
  ['delete_work_item', 'medium', 'delete issues, epics and tasks'],
  ['read_label', 'low', 'read labels'],
  ['create_label', 'low', 'create labels'],
  ['update_label', 'low', 'change labels'],
  ['delete_label', 'low', 'delete labels'],
  ['read_release', 'low', 'read releases and download their assets'],
  ['create_release', 'medium', 'create releases'],
  ['update_release', 'medium', 'change releases'],
  ['delete_release', 'medium', 'delete releases'],
  ['read_wiki', 'low', 'read and clone wikis'],
  ['create_wiki', 'medium', 'create wiki pages and push to wikis'],
  ['update_wiki', 'medium', 'change wiki pages'],
  ['delete_wiki', 'medium', 'delete wiki pages'],
  ['read_snippet', 'low', 'read and clone snippets'],
  ['create_snippet', 'medium', 'create snippets'],
  ['update_snippet', 'medium', 'change and push to snippets'],
  ['delete_snippet', 'medium', 'delete snippets'],
  ['read_event', 'low', 'read activity events'],
  ['read_todo', 'low', 'read your to-do items'],
  ['update_todo', 'low', 'mark to-do items done'],
  ['use_global_search', 'low', 'search across what you can see', 'read_api'],
  ['read_vulnerability', 'medium', 'read vulnerability reports (a map of weak spots)'],
  ['update_vulnerability', 'medium', 'dismiss or resolve vulnerabilities'],
  ['read_audit_event', 'medium', 'read audit events'],
  // Integrations
  ['read_webhook', 'medium', 'read webhooks and where they send events'],
  ['create_webhook', 'high', 'add webhooks that send events (code and issues included) anywhere'],
  ['update_webhook', 'high', 'redirect webhooks'],
  ['delete_webhook', 'medium', 'delete webhooks'],
  ['trigger_webhook', 'medium', 'send test webhook events'],
  ['read_integration', 'medium', 'read integration settings'],
  ['update_integration', 'high', 'change integrations and their credentials'],
  ['delete_integration', 'medium', 'remove integrations'],
  // Your account and access
  ['read_user', 'low', 'read your profile and other users', 'read_user'],
  ['follow_user', 'low', 'follow users'],
  ['unfollow_user', 'low', 'unfollow users'],
  ['read_status', 'low', 'read your status', 'read_user'],
  ['update_status', 'low', 'change your status'],
  ['read_preference', 'low', 'read your preferences', 'read_user'],
  ['update_preference', 'low', 'change your preferences'],
  ['read_activity', 'low', 'read your activity feed', 'read_user'],
  ['read_namespace', 'low', 'read namespaces'],
  ['read_email', 'medium', 'read your email addresses', 'read_user'],
  ['create_email', 'high', 'add email addresses to your account (a way to take it over)'],
  ['delete_email', 'medium', 'remove email addresses'],
  ['read_personal_access_token', 'medium', 'list your access tokens, their scopes and last use', undefined, 'secrets'],
  ['create_personal_access_token', 'critical', 'create new access tokens for you'],
  ['revoke_personal_access_token', 'medium', 'revoke your access tokens'],
  ['rotate_personal_access_token', 'critical', 'rotate your access tokens and receive the new values'],
  ['read_ssh_key', 'medium', 'read your SSH keys', 'read_user', 'secrets'],
  ['create_ssh_key', 'critical', 'add SSH keys that can push as you after this token is revoked'],
  ['delete_ssh_key', 'medium', 'remove SSH keys'],
  ['read_gpg_key', 'low', 'read GPG keys', 'read_user'],
  ['create_gpg_key', 'critical', 'add GPG keys that sign commits as you'],
  ['delete_gpg_key', 'medium', 'remove GPG keys'],
  ['revoke_gpg_key', 'medium', 'revoke GPG keys'],
  ['read_deploy_key', 'medium', 'read deploy keys', undefined, 'secrets'],
  ['create_deploy_key', 'high', 'add deploy keys (SSH access to projects)'],
  ['update_deploy_key', 'high', 'change deploy keys, write access included'],
  ['delete_deploy_key', 'medium', 'remove deploy keys'],
  ['read_deploy_token', 'high', 'read deploy tokens', undefined, 'secrets'],
  ['create_deploy_token', 'critical', 'create deploy tokens (repository and registry access)'],
  ['delete_deploy_token', 'medium', 'revoke deploy tokens'],
  ['read_resource_access_token', 'high', 'list project and group access tokens', undefined, 'secrets'],
  ['create_resource_access_token', 'critical', 'create project and group access tokens'],
  [
    'rotate_resource_access_token',
    'critical',
    'rotate project and group access tokens and receive the new values',
    'api',
  ],
  ['delete_resource_access_token', 'medium', 'revoke project and group access tokens'],
  ['read_member', 'low', 'read members and their roles'],
  ['create_member', 'high', 'add members to groups and projects'],
  ['update_member', 'high', "change members' roles"],
  ['delete_member', 'high', 'remove members'],
  ['read_invitation', 'low', 'read invitations'],
  ['create_invitation', 'high', 'invite people to groups and projects'],
  ['read_access_request', 'low', 'read access requests'],
  ['approve_access_request', 'high', 'let people into groups and projects'],
  // Duo
  ['create_chat_completion', 'medium', 'use GitLab Duo Chat as you', 'ai_features'],
  ['create_code_suggestion_completion', 'medium', 'get code suggestions as you', 'ai_features'],
];

export const PERMISSIONS: readonly PermissionInfo[] = ROWS.map(([name, risk, can, legacy, secrets]) => ({
  name,
  risk,
  can,
  legacy: (legacy ?? (name.startsWith('read_') ? 'read_api' : 'api')).split(' '),
  since: SINCE,
  ...(secrets ? { exposesSecrets: true } : {}),
}));

const BY_NAME = new Map(PERMISSIONS.map((permission) => [permission.name, permission]));

export function permissionInfo(name: string): PermissionInfo | undefined {
  return BY_NAME.get(name);
}

export function permissionRisk(name: string): RiskLevel | 'unknown' {
  return BY_NAME.get(name)?.risk ?? 'unknown';
}

/** GitLab's actions of more than one word; every other action is one word (`read`, `unapprove`). */
const MULTI_WORD_ACTIONS = ['reset_approvals'];

/**
 * Permission names are `<action>_<resource>`, and resources may have several words:
 * `read_merge_request` and `reset_approvals_merge_request` → `merge_request`.
 */
export function permissionResource(name: string): string {
  const action =
    MULTI_WORD_ACTIONS.find((candidate) => name.startsWith(`${candidate}_`)) ?? name.slice(0, name.indexOf('_'));
  return name.slice(action.length + 1);
}
