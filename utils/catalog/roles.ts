import type { Role } from './schema';

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
  return (Object.keys(ACCESS_LEVELS) as Role[]).find((role) => ACCESS_LEVELS[role] === level);
}

/** `maintainer` → `Maintainer`, as GitLab's UI writes it. */
export const roleName = (role: Role): string => role[0]?.toUpperCase() + role.slice(1);
