import type { FineGrainedPreset } from './schema';

/**
 * Fine-grained versions of the legacy presets (utils/catalog/presets.ts), with the same ids, names
 * and lifetimes (test/unit/fine-grained.test.ts holds them equal; the fine-grained form's script
 * does not load the legacy catalog, to stay within its weight budget). Permissions follow GitLab's catalog
 * (../shared/reference/gitlab-fine-grained-form.md §6.4–6.5): Git over HTTPS is Code: Download /
 * Push, the registry is Container Repository: Read, and a fine-grained token cannot push images.
 * Group and project permissions go to the groups and projects the user picks: Scopewise sets
 * "Only specific groups or projects" and leaves the picking to the user.
 */
const PICK = 'Pick the groups or projects under "Group or project"; nothing else is reachable.';

/**
 * Read-only API: what a dashboard or report reads (projects, code, merge requests, issues,
 * pipelines, releases, packages, wikis), without anything that holds credentials or security
 * details (CI/CD variables, job logs and artifacts, keys, tokens, members, audit events,
 * vulnerabilities).
 */
const DASHBOARD_READS = [
  'read_project',
  'read_group',
  'read_repository',
  'read_commit',
  'read_branch',
  'read_repository_tag',
  'read_merge_request',
  'read_work_item',
  'read_pipeline',
  'read_release',
  'read_package',
  'read_wiki',
];

export const FINE_GRAINED_PRESETS: readonly FineGrainedPreset[] = [
  {
    id: 'git-clone',
    name: 'Git clone / pull',
    description: 'Git clone and pull over HTTPS (read-only).',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'] },
    note: PICK,
  },
  {
    id: 'git-push',
    name: 'Git push',
    description: 'Git push over HTTPS.',
    lifetimeDays: 30,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code', 'push_code'] },
    note: PICK,
  },
  {
    id: 'registry-pull',
    name: 'Container registry pull',
    description: 'docker pull from the GitLab container registry.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['read_container_repository'] },
    note: PICK,
  },
  {
    id: 'read-api',
    name: 'Read-only API',
    description: 'Read-only API access for a dashboard or report.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: DASHBOARD_READS },
    note: `${PICK} No CI/CD variables, job logs, keys, tokens or members.`,
  },
  {
    id: 'renovate',
    name: 'Renovate',
    description: 'Renovate bot: dependency update merge requests.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: {
      namespace: [
        'download_code',
        'push_code',
        'read_project',
        'read_repository',
        'read_branch',
        'read_merge_request',
        'create_merge_request',
        'update_merge_request',
        'read_work_item',
        'create_work_item',
        'update_work_item',
        'read_pipeline',
      ],
      user: ['read_user'],
    },
    note: `${PICK} Branches, merge requests and the dependency dashboard issue; add Merge Request: Merge for automerge.`,
  },
  {
    id: 'renovate-dry-run',
    name: 'Renovate (dry run)',
    description: 'Renovate bot in dry-run mode (reads only).',
    lifetimeDays: 30,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: {
      namespace: ['download_code', 'read_project', 'read_repository', 'read_branch', 'read_merge_request'],
      user: ['read_user'],
    },
    note: PICK,
  },
  {
    id: 'glab',
    name: 'GitLab CLI (glab)',
    description: 'GitLab CLI (glab) on my workstation.',
    lifetimeDays: 30,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: {
      namespace: [
        'download_code',
        'push_code',
        'read_project',
        'read_merge_request',
        'create_merge_request',
        'update_merge_request',
        'read_work_item',
        'create_work_item',
        'update_work_item',
        'read_pipeline',
        'read_job',
      ],
      user: ['read_user'],
    },
    note: `${PICK} Covers clone, merge requests, issues and CI status; other glab commands need their own permissions.`,
  },
  {
    id: 'deeptraq',
    name: 'DeepTraQ',
    description: 'DeepTraQ repository integration.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'], user: ['read_user'] },
    note: PICK,
  },
  {
    id: 'argo-cd',
    name: 'Argo CD',
    description: 'Argo CD repository access over HTTPS.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'] },
    note: PICK,
  },
];

const UNDOCUMENTED = 'no fine-grained permission set is known to work for it (its documentation gives legacy scopes).';

/** Why a legacy preset has no fine-grained version; presets not listed share UNDOCUMENTED. */
const LEGACY_ONLY_REASONS: Record<string, string> = {
  'registry-push': 'fine-grained tokens cannot push container images (GitLab 19.2).',
  'kubernetes-agent': 'the Kubernetes API proxy (k8s_proxy) has no fine-grained permission.',
};

const BY_ID = new Map(FINE_GRAINED_PRESETS.map((preset) => [preset.id, preset]));

/** Every permission a preset grants, boundary after boundary. */
export function presetPermissions({ permissions }: FineGrainedPreset): string[] {
  return Object.values(permissions).flat();
}

export function fineGrainedPreset(id: string): FineGrainedPreset | undefined {
  return BY_ID.get(id);
}

/** For the legacy forms: whether a fine-grained token (GitLab 18.10+) can replace a preset's legacy one, and why not. */
export function fineGrainedVerdict(id: string): string {
  if (BY_ID.has(id))
    return 'On GitLab 18.10+, a fine-grained token can replace this one, limited to the projects you pick.';
  return `A fine-grained token cannot replace this one: ${legacyOnlyReason(id)}`;
}

export function legacyOnlyReason(id: string): string {
  return LEGACY_ONLY_REASONS[id] ?? UNDOCUMENTED;
}
