import { i18n } from '#i18n';
import type { Role } from '@/utils/catalog/roles';

/** A GitLab role as GitLab's UI names it in the browser's language (`maintainer` → Maintainer). */
export function roleText(role: Role): string {
  const names: Record<Role, string> = {
    guest: i18n.t('roles.guest'),
    planner: i18n.t('roles.planner'),
    reporter: i18n.t('roles.reporter'),
    developer: i18n.t('roles.developer'),
    maintainer: i18n.t('roles.maintainer'),
    owner: i18n.t('roles.owner'),
  };
  return names[role];
}
