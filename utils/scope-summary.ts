import type { RiskLevel } from './catalog/schema';
import { highestRisk, isKnownScope } from './catalog/scopes';

/** A risky or broken choice among the selected scopes (components/ScopeSummary.tsx words it). */
export type ScopeWarning =
  /** `api` where the applied preset does not document it: read_api may be enough. */
  | { kind: 'broadApi' }
  | { kind: 'admin'; scope: 'sudo' | 'admin_mode' }
  /** write_registry without read_registry: docker push also pulls. */
  | { kind: 'pushWithoutPull' }
  /** write_repository without api or read_api: Git over HTTPS only. */
  | { kind: 'gitOnly' }
  | { kind: 'unknown'; scope: string };

/** What a token with the selected scopes can do, as facts: the component says it in the user's language. */
export type ScopeSummary =
  | { kind: 'none' }
  | {
      kind: 'scopes';
      /** The selected scopes Scopewise knows, in the order given: each one's `can` phrase is listed. */
      known: string[];
      risk: RiskLevel | 'unknown';
      warnings: ScopeWarning[];
    };

/**
 * Restates what the selected scopes allow and flags risky or broken choices. `intendedScopes` are
 * the scopes of the preset the user applied, if any: `api` is then what the integration documents,
 * not an accident.
 */
export function summarizeScopes(selected: readonly string[], intendedScopes?: readonly string[]): ScopeSummary {
  if (selected.length === 0) return { kind: 'none' };
  const has = (scope: string) => selected.includes(scope);
  const warnings: ScopeWarning[] = [];
  if (has('api') && !intendedScopes?.includes('api')) warnings.push({ kind: 'broadApi' });
  for (const admin of ['sudo', 'admin_mode'] as const) if (has(admin)) warnings.push({ kind: 'admin', scope: admin });
  if (has('write_registry') && !has('read_registry')) warnings.push({ kind: 'pushWithoutPull' });
  if (has('write_repository') && !has('api') && !has('read_api')) warnings.push({ kind: 'gitOnly' });
  for (const scope of selected.filter((scope) => !isKnownScope(scope))) warnings.push({ kind: 'unknown', scope });
  return {
    kind: 'scopes',
    known: selected.filter(isKnownScope),
    risk: highestRisk(selected) ?? 'unknown',
    warnings,
  };
}
