import type { FineGrainedPreset } from './schema';

type Evidence = FineGrainedPreset['evidence'];

/**
 * Fine-grained versions of the legacy presets (utils/catalog/presets.ts), with the same ids, names
 * and lifetimes (test/unit/fine-grained.test.ts holds them equal; the fine-grained form's script
 * does not load the legacy catalog, to stay within its weight budget). Permissions follow GitLab's catalog
 * (`config/authz/permission_groups/assignable_permissions/**` in GitLab's source): Git over HTTPS is Code: Download /
 * Push, the registry is Container Repository: Read, and a fine-grained token cannot push images.
 * Group and project permissions go to the groups and projects the user picks: Scopewise sets
 * "Only specific groups or projects" and leaves the picking to the user.
 */
const PICK = 'Pick the groups or projects under "Group or project"; nothing else is reachable.';

/**
 * GitLab accepts fine-grained tokens for Git over HTTP (Code: Download / Push) and for the REST
 * endpoints a dashboard reads (doc/auth/tokens/fine_grained_access_tokens_other.md and
 * …_rest.md, generated from each route's `route_setting :authorization`), so these run for real.
 */
const GIT: Evidence = { kind: 'verified', client: 'git' };
/** Integrations whose docs give legacy scopes only: GitLab's model expresses them, nothing proves them. */
const LEGACY_DOCS = (name: string): Evidence => ({
  kind: 'experimental',
  why: `${name}'s docs ask for a legacy token; no run backs a fine-grained one.`,
});

/** Renovate's fine-grained support is an open request upstream. */
const RENOVATE: Evidence = {
  kind: 'experimental',
  why: 'Renovate documents only legacy tokens (api); fine-grained support is an open request.',
  issue: 'https://github.com/renovatebot/renovate/issues/45421',
};

export const FINE_GRAINED_PRESETS: readonly FineGrainedPreset[] = [
  {
    id: 'git-clone',
    name: 'Git clone / pull',
    description: 'Git clone and pull over HTTPS (read-only).',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'] },
    note: PICK,
    evidence: GIT,
  },
  {
    id: 'git-push',
    name: 'Git push',
    description: 'Git push over HTTPS.',
    lifetimeDays: 30,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code', 'push_code'] },
    note: PICK,
    evidence: GIT,
  },
  {
    id: 'registry-pull',
    name: 'Container registry pull',
    description: 'docker pull from the GitLab container registry.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['read_container_repository'] },
    note: PICK,
    evidence: { kind: 'verified', client: 'skopeo' },
  },
  {
    id: 'read-api',
    name: 'Read-only API',
    description: 'Read-only API access for a dashboard or report.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    // What a dashboard of projects, merge requests and pipelines reads (GET /user, /projects/:id and
    // their merge requests and pipelines), each needed: add the Read of anything else it shows.
    permissions: { namespace: ['read_project', 'read_merge_request', 'read_pipeline'], user: ['read_user'] },
    note: `${PICK} Projects, merge requests, pipelines and you; add the Read of anything else it shows.`,
    evidence: { kind: 'verified', client: 'python-gitlab' },
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
    evidence: RENOVATE,
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
    evidence: RENOVATE,
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
    evidence: LEGACY_DOCS('glab'),
  },
  {
    id: 'deeptraq',
    name: 'DeepTraQ',
    description: 'DeepTraQ repository integration.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'], user: ['read_user'] },
    note: PICK,
    evidence: { kind: 'verified', client: 'git and python-gitlab' },
  },
  {
    id: 'argo-cd',
    name: 'Argo CD',
    description: 'Argo CD repository access over HTTPS.',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'] },
    note: PICK,
    evidence: LEGACY_DOCS('Argo CD'),
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

/**
 * The fine-grained preset Scopewise may recommend instead of a legacy one: only one a run verified.
 * An Experimental one stays on the fine-grained form, never recommended.
 */
export function verifiedFineGrained(id: string): FineGrainedPreset | undefined {
  const preset = BY_ID.get(id);
  return preset?.evidence.kind === 'verified' ? preset : undefined;
}

/** Why a legacy preset is not replaced by a fine-grained token, and the upstream issue, if one. */
export function legacyOnlyReason(id: string): { why: string; issue?: string } {
  const evidence = BY_ID.get(id)?.evidence;
  if (evidence?.kind === 'experimental') return evidence;
  return { why: `A fine-grained token cannot replace this one: ${LEGACY_ONLY_REASONS[id] ?? UNDOCUMENTED}` };
}

/** For the legacy forms: whether a fine-grained token (GitLab 18.10+) can replace a preset's legacy one, and why not. */
export function fineGrainedVerdict(id: string): string {
  if (verifiedFineGrained(id))
    return 'On GitLab 18.10+, a fine-grained token can replace this one (Verified), limited to the projects you pick.';
  const { why } = legacyOnlyReason(id);
  return BY_ID.has(id) ? `Keep a legacy token: ${why} Its fine-grained preset is Experimental.` : why;
}
