/**
 * What GitLab's GraphQL `accessTokenPermissions` query returns on the simulator's fine-grained form:
 * a slice of the 19.2 catalog (../shared/reference/gitlab-fine-grained-form.md §6.3), sorted the way
 * the resolver sorts it (category name, resource name, action). Names are `<action>_<resource>`.
 * `read_knowledge_graph` (Orbit) is one Scopewise's catalog does not know, on purpose.
 */

type Boundary = 'GROUP' | 'PROJECT' | 'USER' | 'INSTANCE';

export interface AccessTokenPermission {
  name: string;
  description: string;
  action: string;
  resource: string;
  category: string;
  categoryName: string;
  resourceName: string;
  resourceDescription: string;
  boundaries: Boundary[];
}

const P: Boundary[] = ['PROJECT'];
const PG: Boundary[] = ['PROJECT', 'GROUP'];
const PGU: Boundary[] = ['PROJECT', 'GROUP', 'USER'];
const PGI: Boundary[] = ['PROJECT', 'GROUP', 'INSTANCE'];
const U: Boundary[] = ['USER'];
const UG: Boundary[] = ['USER', 'GROUP'];

/** [category key, category name, resource key, resource name, { action: boundaries }] */
const RESOURCES: [string, string, string, string, Record<string, Boundary[]>][] = [
  ['ci_cd', 'CI/CD', 'job', 'Job', { delete: P, read: P, run: P, update: P }],
  ['ci_cd', 'CI/CD', 'pipeline', 'Pipeline', { create: P, delete: P, read: P, update: P }],
  ['ci_cd', 'CI/CD', 'runner', 'Runner', { assign: P, create: U, delete: PGI, read: [...PGI, 'USER'], update: PGI }],
  ['ci_cd', 'CI/CD', 'variable', 'Variable', { create: PGI, delete: PGI, read: PGI, update: PGI }],
  ['groups', 'Groups', 'avatar', 'Avatar', { read: PGU, update: U }],
  [
    'groups',
    'Groups',
    'group',
    'Group',
    { archive: ['GROUP'], create: U, delete: ['GROUP'], read: UG, update: ['GROUP'] },
  ],
  ['orbit', 'Orbit', 'knowledge_graph', 'Knowledge Graph', { read: U }],
  [
    'packages_and_registry',
    'Packages and Registry',
    'container_repository',
    'Container Repository',
    { delete: P, read: PG },
  ],
  [
    'packages_and_registry',
    'Packages and Registry',
    'package',
    'Package',
    { create: PG, delete: PG, read: PG, update: PG },
  ],
  ['project_features', 'Project Features', 'release', 'Release', { create: P, delete: P, read: PG, update: P }],
  ['project_planning', 'Project Planning', 'work_item', 'Work Item', { create: PG, delete: PG, read: PGU, update: PG }],
  ['projects', 'Projects', 'project', 'Project', { archive: P, create: U, delete: P, fork: P, read: PGU, update: P }],
  ['repository', 'Repository', 'branch', 'Branch', { create: P, delete: P, protect: PG, read: P }],
  ['repository', 'Repository', 'code', 'Code', { download: P, push: P, read: P }],
  ['repository', 'Repository', 'commit', 'Commit', { create: P, read: P }],
  [
    'repository',
    'Repository',
    'merge_request',
    'Merge Request',
    // GitLab's catalog has multi-word actions too (`reset_approvals`).
    { approve: P, create: P, merge: P, read: PGU, reset_approvals: P, unapprove: P, update: P },
  ],
  ['repository', 'Repository', 'repository', 'Repository', { read: P, update: P }],
  ['repository', 'Repository', 'repository_tag', 'Repository Tag', { create: P, delete: P, read: P }],
  ['system_access', 'System Access', 'deploy_key', 'Deploy Key', { create: P, delete: P, read: [...P, 'USER'] }],
  ['system_access', 'System Access', 'member', 'Member', { create: PG, delete: PG, read: PG, update: PG }],
  [
    'system_access',
    'System Access',
    'personal_access_token',
    'Personal Access Token',
    { create: U, read: UG, revoke: UG, rotate: UG },
  ],
  ['system_access', 'System Access', 'ssh_key', 'SSH Key', { create: U, delete: UG, read: UG }],
  ['system_access', 'System Access', 'user', 'User', { read: U }],
  ['wiki', 'Wiki', 'wiki', 'Wiki', { create: PG, delete: PG, read: PG, update: PG }],
];

const humanize = (key: string) => key.replace(/_/g, ' ');

export const SIMULATED_PERMISSIONS: AccessTokenPermission[] = RESOURCES.flatMap(
  ([category, categoryName, resource, resourceName, actions]) =>
    Object.entries(actions).map(([action, boundaries]) => ({
      name: `${action}_${resource}`,
      description: `Grants the ability to ${action} ${humanize(resource)}s`,
      action,
      resource,
      category,
      categoryName,
      resourceName,
      resourceDescription: `Grants the ability to ${Object.keys(actions).join(', ')} ${humanize(resource)}s.`,
      boundaries,
    })),
);

/** The groups and projects the simulated user is a member of (the namespace selector's options). */
export const SIMULATED_NAMESPACES = [
  { id: 'gid://gitlab/Group/11', fullPath: 'acme', __typename: 'Group' },
  { id: 'gid://gitlab/Project/7', fullPath: 'acme/widgets', __typename: 'Project' },
  { id: 'gid://gitlab/Project/8', fullPath: 'acme/gadgets', __typename: 'Project' },
] as const;
