import { RISK_LABELS } from '@/utils/catalog/risk-levels';
import type { RiskLevel, ScopeInfo } from '@/utils/catalog/schema';

export function RiskBadge({ risk }: { risk: RiskLevel | 'unknown' }) {
  return <span class={`sw-risk sw-risk--${risk}`}>{RISK_LABELS[risk]}</span>;
}

/** The risk and plain-language explanation shown under one scope checkbox. */
export function ScopeHelp({ scope, info }: { scope: string; info: ScopeInfo | undefined }) {
  if (!info) {
    return (
      <span class="sw-scope-help">
        <RiskBadge risk="unknown" />{' '}
        <span class="sw-scope-text">
          Scopewise does not know {scope} (a newer GitLab scope?): check GitLab's documentation before granting it.
        </span>
      </span>
    );
  }
  return (
    <span class="sw-scope-help">
      <RiskBadge risk={info.risk} /> <span class="sw-scope-text">{info.ifLeaked}</span>
      {info.note && <span class="sw-scope-text"> {info.note}</span>}
      <span class="sw-scope-since"> Since GitLab {info.since}.</span>
    </span>
  );
}
