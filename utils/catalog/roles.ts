/** GitLab's project and group roles, lowest first, as the preset catalog and GitLab's API name them. */
export const ROLES = ['guest', 'planner', 'reporter', 'developer', 'maintainer', 'owner'] as const;
export type Role = (typeof ROLES)[number];

/** GitLab's `access_level` numbers for project and group roles (doc/api/access_requests.md, "Valid access levels"). */
export const ACCESS_LEVELS: Readonly<Record<Role, number>> = {
  guest: 10,
  planner: 15,
  reporter: 20,
  developer: 30,
  maintainer: 40,
  owner: 50,
};

/** The role a number names (`40` → `maintainer`), or undefined for a level Scopewise does not know. */
export function roleOf(level: number): Role | undefined {
  return ROLES.find((role) => ACCESS_LEVELS[role] === level);
}
