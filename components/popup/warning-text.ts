import { i18n } from '#i18n';
import type { Warning } from '@/utils/risk';
import { roleText } from '../role-text';
import type { RowLabel } from './TokenRow';

/** A warning in the page's language: the core (utils/risk.ts) gives its rule and values, no words. */
export function warningText(warning: Warning): string {
  switch (warning.reason) {
    case 'expired':
      return i18n.t('warning.expired');
    case 'expiring':
      return i18n.t('warning.expiring', warning.days);
    case 'no-expiry':
      return i18n.t('warning.noExpiry');
    case 'long-lifetime':
      return i18n.t('warning.longLifetime');
    case 'admin-scope':
      return i18n.t('warning.adminScope', { scope: warning.scope });
    case 'broad-scope':
      return i18n.t('warning.broadScope', { scope: warning.scope });
    case 'unknown-scope':
      return i18n.t('warning.unknownScope', { scope: warning.scope });
    case 'critical-permission':
      return i18n.t('warning.criticalPermission', { permission: warning.permission });
    case 'secret-permission':
      return i18n.t('warning.secretPermission', { permission: warning.permission });
    case 'unknown-permission':
      return i18n.t('warning.unknownPermission', { permission: warning.permission });
    case 'all-memberships':
      return i18n.t('warning.allMemberships');
    case 'never-used':
      return i18n.t('warning.neverUsed');
    case 'unused':
      return i18n.t('warning.unused', { days: warning.days });
    case 'many-ips':
      return i18n.t('warning.manyIps', { count: warning.ips });
    case 'role':
      return i18n.t('warning.role', { role: roleText(warning.role) });
    case 'resource-state':
      if (warning.owner === 'project')
        return warning.state === 'archived'
          ? i18n.t('warning.projectArchived')
          : i18n.t('warning.projectPendingDeletion');
      return warning.state === 'archived' ? i18n.t('warning.groupArchived') : i18n.t('warning.groupPendingDeletion');
  }
}

export const warningLabels = (warnings: readonly Warning[]): RowLabel[] =>
  warnings.map((warning) => ({ severity: warning.severity, text: warningText(warning) }));
