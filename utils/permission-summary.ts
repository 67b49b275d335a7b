import { permissionInfo, permissionRisk } from './catalog/permissions';
import { highestOf } from './catalog/risk-levels';
import type { BoundaryKey, RiskLevel } from './catalog/schema';

/** What the fine-grained form holds, as read from its DOM. */
export interface FineGrainedSelection {
  permissions: Record<BoundaryKey, string[]>;
  /** The checked "Group and project access" radio, if any. */
  access: string | undefined;
  /** Groups and projects picked for SELECTED_MEMBERSHIPS. */
  namespaceCount: number;
}

/** Where the group-and-project permissions reach: GitLab's access choices, one it may add, or none yet. */
export type NamespaceReach = 'PERSONAL_PROJECTS' | 'ALL_MEMBERSHIPS' | 'SELECTED_MEMBERSHIPS' | 'other' | 'unset';

/** A risky or still missing choice; `permission` is the permission's GitLab name. */
export type FineGrainedWarning =
  | { kind: 'choose-access' }
  | { kind: 'all-memberships' }
  | { kind: 'pick-namespace' }
  | { kind: 'unknown-permission'; permission: string }
  | { kind: 'exposes-secrets'; permission: string }
  | { kind: 'critical-permission'; permission: string };

/** What a fine-grained token with a selection can do, for the UI to word. */
export interface FineGrainedSummary {
  /** The permissions of each boundary, as selected. */
  permissions: Record<BoundaryKey, string[]>;
  reach: NamespaceReach;
  /** The highest risk of all the permissions; undefined when none is selected. */
  risk: RiskLevel | 'unknown' | undefined;
  warnings: FineGrainedWarning[];
}

const KNOWN_REACHES: readonly string[] = ['PERSONAL_PROJECTS', 'ALL_MEMBERSHIPS', 'SELECTED_MEMBERSHIPS'];

function reachOf(access: string | undefined): NamespaceReach {
  if (!access) return 'unset';
  return KNOWN_REACHES.includes(access) ? (access as NamespaceReach) : 'other';
}

/**
 * Restates what a fine-grained token with this selection can do, boundary by boundary, and flags
 * what is risky or still missing before GitLab accepts the form.
 */
export function summarizeFineGrained(selection: FineGrainedSelection): FineGrainedSummary {
  const { permissions, access, namespaceCount } = selection;
  const all = [...permissions.namespace, ...permissions.user, ...permissions.instance];
  const hasNamespace = permissions.namespace.length > 0;

  const warnings: FineGrainedWarning[] = [];
  if (hasNamespace && !access) warnings.push({ kind: 'choose-access' });
  if (hasNamespace && access === 'ALL_MEMBERSHIPS') warnings.push({ kind: 'all-memberships' });
  if (hasNamespace && access === 'SELECTED_MEMBERSHIPS' && namespaceCount === 0)
    warnings.push({ kind: 'pick-namespace' });
  for (const permission of all) {
    const info = permissionInfo(permission);
    if (!info) warnings.push({ kind: 'unknown-permission', permission });
    else if (info.exposesSecrets) warnings.push({ kind: 'exposes-secrets', permission });
    else if (info.risk === 'critical') warnings.push({ kind: 'critical-permission', permission });
  }
  return { permissions, reach: reachOf(access), risk: highestOf(all.map(permissionRisk)), warnings };
}
