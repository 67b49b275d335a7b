import type { FineGrainedPreset } from './schema';

type Evidence = FineGrainedPreset['evidence'];

/**
 * Fine-grained versions of the legacy presets (utils/catalog/presets.ts), with the same ids, names
 * and lifetimes (test/unit/fine-grained.test.ts holds them equal; the fine-grained form's script
 * does not load the legacy catalog, to stay within its weight budget), and the same description
 * (`presets.<id>.description`). What one leaves to the user beyond picking the groups or projects
 * is its `presets.<id>.fineGrainedNote` message, why one is Experimental its `experimental` message.
 * Permissions follow GitLab's catalog
 * (`config/authz/permission_groups/assignable_permissions/**` in GitLab's source): Git over HTTPS is Code: Download /
 * Push, the registry is Container Repository: Read, and a fine-grained token cannot push images.
 * Group and project permissions go to the groups and projects the user picks: Scopewise sets
 * "Only specific groups or projects" and leaves the picking to the user.
 */
/**
 * GitLab accepts fine-grained tokens for Git over HTTP (Code: Download / Push) and for the REST
 * endpoints a dashboard reads (doc/auth/tokens/fine_grained_access_tokens_other.md and
 * …_rest.md, generated from each route's `route_setting :authorization`), so these run for real.
 */
const GIT: Evidence = { kind: 'verified', client: 'git' };
/** Integrations whose docs give legacy scopes only: GitLab's model expresses them, nothing proves them. */
const LEGACY_DOCS: Evidence = { kind: 'experimental' };

/** Renovate's fine-grained support is an open request upstream. */
const RENOVATE: Evidence = { kind: 'experimental', issue: 'https://github.com/renovatebot/renovate/issues/45421' };

export const FINE_GRAINED_PRESETS: readonly FineGrainedPreset[] = [
  {
    id: 'git-clone',
    name: 'Git clone / pull',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'] },
    evidence: GIT,
  },
  {
    id: 'git-push',
    name: 'Git push',
    lifetimeDays: 30,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code', 'push_code'] },
    evidence: GIT,
  },
  {
    id: 'registry-pull',
    name: 'Container registry pull',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['read_container_repository'] },
    evidence: { kind: 'verified', client: 'skopeo' },
  },
  {
    id: 'read-api',
    name: 'Read-only API',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    // What a dashboard of projects, merge requests and pipelines reads (GET /user, /projects/:id and
    // their merge requests and pipelines), each needed: add the Read of anything else it shows.
    permissions: { namespace: ['read_project', 'read_merge_request', 'read_pipeline'], user: ['read_user'] },
    evidence: { kind: 'verified', client: 'python-gitlab' },
  },
  {
    id: 'renovate',
    name: 'Renovate',
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
    evidence: RENOVATE,
  },
  {
    id: 'renovate-dry-run',
    name: 'Renovate (dry run)',
    lifetimeDays: 30,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: {
      namespace: ['download_code', 'read_project', 'read_repository', 'read_branch', 'read_merge_request'],
      user: ['read_user'],
    },
    evidence: RENOVATE,
  },
  {
    id: 'glab',
    name: 'GitLab CLI (glab)',
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
    evidence: LEGACY_DOCS,
  },
  {
    id: 'deeptraq',
    name: 'DeepTraQ',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'], user: ['read_user'] },
    evidence: { kind: 'verified', client: 'git and python-gitlab' },
  },
  {
    id: 'argo-cd',
    name: 'Argo CD',
    lifetimeDays: 90,
    access: 'SELECTED_MEMBERSHIPS',
    permissions: { namespace: ['download_code'] },
    evidence: LEGACY_DOCS,
  },
];

const BY_ID = new Map(FINE_GRAINED_PRESETS.map((preset) => [preset.id, preset]));

/** Every permission a preset grants, boundary after boundary. */
export function presetPermissions({ permissions }: FineGrainedPreset): string[] {
  return Object.values(permissions).flat();
}

/**
 * For the legacy forms: whether a fine-grained token (GitLab 18.10+) can replace a legacy preset:
 * yes when a run verified its fine-grained version (the one Scopewise may recommend); no when that
 * version is Experimental, never recommended, staying on the fine-grained form (with the
 * upstream issue, if one), or when there is none (the preset's `legacyOnly` message says why, if it
 * says more than that no permission set is known to work).
 */
export type FineGrainedVerdict =
  | { kind: 'verified'; preset: FineGrainedPreset }
  | { kind: 'experimental'; issue?: string }
  | { kind: 'none' };

export function fineGrainedVerdict(id: string): FineGrainedVerdict {
  const preset = BY_ID.get(id);
  if (!preset) return { kind: 'none' };
  return preset.evidence.kind === 'experimental'
    ? { kind: 'experimental', issue: preset.evidence.issue }
    : { kind: 'verified', preset };
}
