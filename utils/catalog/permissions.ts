import type { PermissionInfo, RiskLevel } from './schema';

/**
 * GitLab's fine-grained token permissions: their risk, the legacy scopes that also grant them and
 * whether they reveal secrets. Source: the
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
 * [name, risk, narrowest legacy scopes (space-separated; default read_api for reads, api for
 * everything else, as GitLab's legacy scopes have nothing narrower for most of the API), exposes
 * secrets]. What each lets a token do is prose, in `locales/*.yml` as `permissions.<name>.can`.
 */
type Row = [string, RiskLevel, string?, ('secrets' | undefined)?];

const ROWS: Row[] = [
  // Repository
  ['download_code', 'low', 'read_repository'],
  ['push_code', 'high', 'write_repository'],
  ['read_code', 'low'],
  ['read_repository', 'low'],
  ['create_repository', 'medium'],
  ['update_repository', 'high'],
  ['delete_repository', 'high'],
  ['read_commit', 'low'],
  ['create_commit', 'high'],
  ['update_commit', 'medium'],
  ['delete_commit', 'medium'],
  ['read_branch', 'low'],
  ['create_branch', 'medium'],
  ['delete_branch', 'medium'],
  ['protect_branch', 'high'],
  ['read_protected_branch', 'low'],
  ['update_protected_branch', 'high'],
  ['read_repository_tag', 'low'],
  ['create_repository_tag', 'medium'],
  ['delete_repository_tag', 'medium'],
  ['read_merge_request', 'low'],
  ['create_merge_request', 'medium'],
  ['update_merge_request', 'medium'],
  ['approve_merge_request', 'high'],
  ['unapprove_merge_request', 'medium'],
  ['reset_approvals_merge_request', 'high'],
  ['merge_merge_request', 'high'],
  ['delete_merge_request', 'medium'],
  ['subscribe_merge_request', 'low'],
  ['read_push_rule', 'low'],
  ['update_push_rule', 'high'],
  ['apply_suggestion', 'medium'],
  // CI/CD
  ['read_job', 'medium'],
  ['run_job', 'high'],
  ['update_job', 'medium'],
  ['delete_job', 'medium'],
  ['read_job_artifact', 'medium'],
  ['update_job_artifact', 'medium'],
  ['delete_job_artifact', 'medium'],
  ['delete_artifact', 'medium'],
  ['read_pipeline', 'low'],
  ['create_pipeline', 'high'],
  ['update_pipeline', 'medium'],
  ['delete_pipeline', 'medium'],
  ['read_pipeline_schedule', 'low'],
  ['create_pipeline_schedule', 'high'],
  ['update_pipeline_schedule', 'high'],
  ['delete_pipeline_schedule', 'medium'],
  ['read_variable', 'high', undefined, 'secrets'],
  ['create_variable', 'high'],
  ['update_variable', 'high'],
  ['delete_variable', 'medium'],
  ['read_runner', 'low'],
  ['create_runner', 'medium', 'create_runner'],
  ['update_runner', 'medium', 'manage_runner'],
  ['delete_runner', 'medium', 'manage_runner'],
  ['assign_runner', 'medium', 'manage_runner'],
  ['read_secure_file', 'high', undefined, 'secrets'],
  ['create_secure_file', 'high'],
  ['delete_secure_file', 'medium'],
  ['read_trigger', 'high', undefined, 'secrets'],
  ['create_trigger', 'high'],
  ['update_trigger', 'high'],
  ['delete_trigger', 'medium'],
  ['read_environment', 'low'],
  ['create_environment', 'medium'],
  ['update_environment', 'medium'],
  ['stop_environment', 'medium'],
  ['delete_environment', 'medium'],
  ['read_deployment', 'low'],
  ['create_deployment', 'medium'],
  ['update_deployment', 'medium'],
  ['approve_deployment', 'high'],
  ['delete_deployment', 'medium'],
  ['read_terraform_state', 'high', undefined, 'secrets'],
  ['update_terraform_state', 'high'],
  ['lock_terraform_state', 'medium'],
  ['delete_terraform_state', 'high'],
  ['read_cluster_agent', 'low'],
  ['read_cluster_agent_token', 'high', undefined, 'secrets'],
  ['create_cluster_agent_token', 'critical'],
  ['read_feature_flag', 'low'],
  ['update_feature_flag', 'medium'],
  ['read_resource_group', 'low'],
  ['read_ci_config', 'low'],
  ['validate_ci_config', 'low', 'read_api'],
  ['create_commit_status', 'medium'],
  // Packages and registry
  ['read_container_repository', 'low', 'read_registry'],
  ['delete_container_repository', 'high'],
  ['read_package', 'low'],
  ['create_package', 'medium'],
  ['update_package', 'medium'],
  ['delete_package', 'high'],
  ['read_dependency_proxy', 'low', 'read_registry'],
  // Projects, groups, planning
  ['read_project', 'low'],
  ['create_project', 'medium'],
  ['update_project', 'high'],
  ['archive_project', 'medium'],
  ['delete_project', 'critical'],
  ['fork_project', 'low'],
  ['share_project', 'high'],
  ['transfer_project', 'high'],
  ['read_group', 'low'],
  ['create_group', 'medium'],
  ['update_group', 'high'],
  ['archive_group', 'medium'],
  ['delete_group', 'critical'],
  ['share_group', 'high'],
  ['transfer_group', 'high'],
  ['read_avatar', 'low'],
  ['update_avatar', 'low'],
  ['read_work_item', 'low'],
  ['create_work_item', 'low'],
  ['update_work_item', 'low'],
  ['delete_work_item', 'medium'],
  ['read_label', 'low'],
  ['create_label', 'low'],
  ['update_label', 'low'],
  ['delete_label', 'low'],
  ['read_release', 'low'],
  ['create_release', 'medium'],
  ['update_release', 'medium'],
  ['delete_release', 'medium'],
  ['read_wiki', 'low'],
  ['create_wiki', 'medium'],
  ['update_wiki', 'medium'],
  ['delete_wiki', 'medium'],
  ['read_snippet', 'low'],
  ['create_snippet', 'medium'],
  ['update_snippet', 'medium'],
  ['delete_snippet', 'medium'],
  ['read_event', 'low'],
  ['read_todo', 'low'],
  ['update_todo', 'low'],
  ['use_global_search', 'low', 'read_api'],
  ['read_vulnerability', 'medium'],
  ['update_vulnerability', 'medium'],
  ['read_audit_event', 'medium'],
  // Integrations
  ['read_webhook', 'medium'],
  ['create_webhook', 'high'],
  ['update_webhook', 'high'],
  ['delete_webhook', 'medium'],
  ['trigger_webhook', 'medium'],
  ['read_integration', 'medium'],
  ['update_integration', 'high'],
  ['delete_integration', 'medium'],
  // Your account and access
  ['read_user', 'low', 'read_user'],
  ['follow_user', 'low'],
  ['unfollow_user', 'low'],
  ['read_status', 'low', 'read_user'],
  ['update_status', 'low'],
  ['read_preference', 'low', 'read_user'],
  ['update_preference', 'low'],
  ['read_activity', 'low', 'read_user'],
  ['read_namespace', 'low'],
  ['read_email', 'medium', 'read_user'],
  ['create_email', 'high'],
  ['delete_email', 'medium'],
  ['read_personal_access_token', 'medium', undefined, 'secrets'],
  ['create_personal_access_token', 'critical'],
  ['revoke_personal_access_token', 'medium'],
  ['rotate_personal_access_token', 'critical'],
  ['read_ssh_key', 'medium', 'read_user', 'secrets'],
  ['create_ssh_key', 'critical'],
  ['delete_ssh_key', 'medium'],
  ['read_gpg_key', 'low', 'read_user'],
  ['create_gpg_key', 'critical'],
  ['delete_gpg_key', 'medium'],
  ['revoke_gpg_key', 'medium'],
  ['read_deploy_key', 'medium', undefined, 'secrets'],
  ['create_deploy_key', 'high'],
  ['update_deploy_key', 'high'],
  ['delete_deploy_key', 'medium'],
  ['read_deploy_token', 'high', undefined, 'secrets'],
  ['create_deploy_token', 'critical'],
  ['delete_deploy_token', 'medium'],
  ['read_resource_access_token', 'high', undefined, 'secrets'],
  ['create_resource_access_token', 'critical'],
  ['rotate_resource_access_token', 'critical', 'api'],
  ['delete_resource_access_token', 'medium'],
  ['read_member', 'low'],
  ['create_member', 'high'],
  ['update_member', 'high'],
  ['delete_member', 'high'],
  ['read_invitation', 'low'],
  ['create_invitation', 'high'],
  ['read_access_request', 'low'],
  ['approve_access_request', 'high'],
  // Duo
  ['create_chat_completion', 'medium', 'ai_features'],
  ['create_code_suggestion_completion', 'medium', 'ai_features'],
];

export const PERMISSIONS: readonly PermissionInfo[] = ROWS.map(([name, risk, legacy, secrets]) => ({
  name,
  risk,
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
