import { i18n } from '#i18n';
import { permissionInfo } from '@/utils/catalog/permissions';
import type { FineGrainedSummary, FineGrainedWarning, NamespaceReach } from '@/utils/permission-summary';
import { permissionCan } from './PermissionHelp';
import { riskLabel } from './risk-label';

/** What the permissions let a token do, one phrase each; an unknown permission by its name. */
function phrases(names: readonly string[]): string {
  return names.map((name) => (permissionInfo(name) ? permissionCan(name) : name)).join('; ');
}

const REACH: Record<NamespaceReach, (can: string) => string> = {
  PERSONAL_PROJECTS: (can) => i18n.t('fineGrained.summary.personalProjects', { can }),
  ALL_MEMBERSHIPS: (can) => i18n.t('fineGrained.summary.allMemberships', { can }),
  SELECTED_MEMBERSHIPS: (can) => i18n.t('fineGrained.summary.selectedMemberships', { can }),
  other: (can) => i18n.t('fineGrained.summary.otherAccess', { can }),
  unset: (can) => i18n.t('fineGrained.summary.accessNotSet', { can }),
};

function warningText(warning: FineGrainedWarning): string {
  switch (warning.kind) {
    case 'choose-access':
      return i18n.t('fineGrained.warnings.chooseAccess');
    case 'all-memberships':
      return i18n.t('fineGrained.warnings.allMemberships');
    case 'pick-namespace':
      return i18n.t('fineGrained.warnings.pickNamespace');
    case 'unknown-permission':
      return i18n.t('fineGrained.warnings.unknown', { permission: warning.permission });
    case 'exposes-secrets':
      return i18n.t('fineGrained.warnings.secrets', { permission: warning.permission });
    case 'critical-permission':
      return i18n.t('fineGrained.warnings.critical', {
        permission: warning.permission,
        can: permissionCan(warning.permission),
      });
  }
}

/** The fine-grained summary in the browser's language: its sentences and its warnings. */
export function fineGrainedSummaryText(summary: FineGrainedSummary): { text: string; warnings: string[] } {
  const { permissions, reach, risk } = summary;
  if (!risk) return { text: i18n.t('fineGrained.summary.none'), warnings: [] };
  const sentences: string[] = [];
  if (permissions.namespace.length > 0) sentences.push(REACH[reach](phrases(permissions.namespace)));
  if (permissions.user.length > 0)
    sentences.push(i18n.t('fineGrained.summary.user', { can: phrases(permissions.user) }));
  if (permissions.instance.length > 0)
    sentences.push(i18n.t('fineGrained.summary.instance', { can: phrases(permissions.instance) }));
  sentences.push(i18n.t('scopeSummary.overall', { risk: riskLabel(risk) }));
  return { text: sentences.join(' '), warnings: summary.warnings.map(warningText) };
}
