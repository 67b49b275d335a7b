/** GitLab's own scope help texts (abridged from doorkeeper.en.yml / the docs), as the simulator renders them. */
export const GITLAB_SCOPE_HELP: Record<string, string> = {
  api: 'Grants complete read/write access to the API, including all groups and projects, the container registry, the dependency proxy, and the package registry.',
  read_api:
    'Grants read access to the API, including all groups and projects, the container registry, and the package registry.',
  read_user: 'Grants read-only access to your profile through the /user API endpoint.',
  create_runner: 'Grants create access to the runners.',
  manage_runner: 'Grants access to manage the runners.',
  k8s_proxy: 'Grants permission to perform Kubernetes API calls using the agent for Kubernetes.',
  self_rotate: 'Grants permission to rotate this token using the personal access token API.',
  read_repository:
    'Grants read-only access to repositories on private projects using Git-over-HTTP or the Repository Files API.',
  write_repository:
    'Grants read-write access to repositories on private projects using Git-over-HTTP (not using the API).',
  read_registry: 'Grants read-only access to container registry images on private projects.',
  write_registry: 'Grants write access to container registry images on private projects.',
  read_virtual_registry: 'Grants read-only access to container images through the dependency proxy.',
  write_virtual_registry: 'Grants read, write and delete access to container images through the dependency proxy.',
  ai_features: 'Grants access to GitLab Duo related API endpoints.',
  sudo: 'Grants permission to perform API actions as any user in the system, when authenticated as an admin user.',
  admin_mode: 'Grants permission to perform API actions as an administrator, when Admin Mode is enabled.',
  read_service_ping: 'Grants access to download Service Ping payload via API when authenticated as an admin user.',
  read_vulnerability: 'Grants read access to vulnerability reports.',
};

const V14 = ['api', 'read_user', 'read_api', 'read_repository', 'write_repository', 'read_registry', 'write_registry'];
const V17 = [
  'api',
  'read_api',
  'read_user',
  'create_runner',
  'manage_runner',
  'k8s_proxy',
  'self_rotate',
  'read_repository',
  'write_repository',
  'read_registry',
  'write_registry',
  'ai_features',
];
const ADMIN = ['sudo', 'admin_mode', 'read_service_ping'];

/** The scopes each simulated GitLab offers (lib/gitlab/auth.rb order). */
export const OFFERED_SCOPES = {
  v14: V14,
  v15: V14,
  /** 17.x, signed in as an administrator. */
  v17: [...V17, ...ADMIN],
  v18: [...V17.slice(0, 11), 'read_virtual_registry', 'write_virtual_registry', 'ai_features'],
  /** 19.x legacy form: with a scope newer than Scopewise's catalog. */
  v19: [...V17.slice(0, 11), 'read_virtual_registry', 'write_virtual_registry', 'ai_features', 'read_vulnerability'],
  /** Project and group tokens: every non-admin scope but read_user. */
  resource: V17.filter((scope) => scope !== 'read_user'),
} as const;
