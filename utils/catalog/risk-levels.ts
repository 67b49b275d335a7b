import type { RiskLevel } from './schema';

/** Something nobody can describe ranks just below critical: above high, since it may be anything. */
const RISK_ORDER: Record<RiskLevel | 'unknown', number> = { critical: 5, unknown: 4, high: 3, medium: 2, low: 1 };

export function highestOf(risks: readonly (RiskLevel | 'unknown')[]): RiskLevel | 'unknown' | undefined {
  let highest: RiskLevel | 'unknown' | undefined;
  for (const risk of risks) if (!highest || RISK_ORDER[risk] > RISK_ORDER[highest]) highest = risk;
  return highest;
}
