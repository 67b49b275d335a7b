import { permissionInfo, permissionRisk } from './catalog/permissions';
import { highestOf } from './catalog/risk-levels';
import type { BoundaryKey, RiskLevel } from './catalog/schema';

/** What a fine-grained token can do; the overall risk is the edge's to word (components/risk-label.ts). */
export interface FineGrainedSummary {
  text: string;
  /** The highest risk of the selected permissions; none when nothing is selected. */
  risk?: RiskLevel | 'unknown';
  warnings: string[];
}

/** What the fine-grained form holds, as read from its DOM. */
export interface FineGrainedSelection {
  permissions: Record<BoundaryKey, string[]>;
  /** The checked "Group and project access" radio, if any. */
  access: string | undefined;
  /** Groups and projects picked for SELECTED_MEMBERSHIPS. */
  namespaceCount: number;
}

const WHERE: Record<string, string> = {
  PERSONAL_PROJECTS: 'in your personal projects',
  ALL_MEMBERSHIPS: "in every group and project you're a member of",
  SELECTED_MEMBERSHIPS: 'in the groups and projects you pick',
};

function phrases(names: readonly string[]): string {
  return names.map((name) => permissionInfo(name)?.can ?? name).join('; ');
}

/**
 * Restates what a fine-grained token with this selection can do, boundary by boundary, and flags
 * what is risky or still missing before GitLab accepts the form.
 */
export function summarizeFineGrained(selection: FineGrainedSelection): FineGrainedSummary {
  const { permissions, access, namespaceCount } = selection;
  const all = [...permissions.namespace, ...permissions.user, ...permissions.instance];
  if (all.length === 0) {
    return { text: 'No permissions selected: GitLab needs at least one resource with permissions.', warnings: [] };
  }
  const sentences: string[] = [];
  if (permissions.namespace.length > 0) {
    const where = access
      ? (WHERE[access] ?? 'in the chosen groups and projects')
      : 'in groups and projects (access not set)';
    sentences.push(`${where[0]?.toUpperCase()}${where.slice(1)}, this token can ${phrases(permissions.namespace)}.`);
  }
  if (permissions.user.length > 0) sentences.push(`As you, it can ${phrases(permissions.user)}.`);
  if (permissions.instance.length > 0) sentences.push(`Across the instance, it can ${phrases(permissions.instance)}.`);

  const warnings: string[] = [];
  if (permissions.namespace.length > 0 && !access)
    warnings.push('Choose the group and project access: GitLab refuses the form without it.');
  if (access === 'ALL_MEMBERSHIPS' && permissions.namespace.length > 0)
    warnings.push('All memberships includes groups and projects you join later: pick specific ones if you can.');
  if (access === 'SELECTED_MEMBERSHIPS' && permissions.namespace.length > 0 && namespaceCount === 0)
    warnings.push('Pick at least one group or project under "Group or project".');
  for (const name of all) {
    const info = permissionInfo(name);
    if (!info) warnings.push(`${name} is a permission Scopewise does not know: check GitLab's documentation first.`);
    else if (info.exposesSecrets) warnings.push(`${name} reveals credentials or security details.`);
    else if (info.risk === 'critical') warnings.push(`${name}: a leaked token could ${info.can}.`);
  }
  return { text: sentences.join(' '), risk: highestOf(all.map(permissionRisk)) ?? 'unknown', warnings };
}
