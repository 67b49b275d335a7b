import { i18n } from '#i18n';
import type { RiskLevel, ScopeInfo } from '@/utils/catalog/schema';
import { catalogText, optionalCatalogText } from './catalog-text';
import { riskLabel } from './risk-label';

export function RiskBadge({ risk }: { risk: RiskLevel | 'unknown' }) {
  return <span class={`sw-risk sw-risk--${risk}`}>{riskLabel(risk)}</span>;
}

/** The risk and plain-language explanation shown under one scope checkbox. */
export function ScopeHelp({ scope, info }: { scope: string; info: ScopeInfo | undefined }) {
  if (!info) {
    return (
      <span class="sw-scope-help">
        <RiskBadge risk="unknown" /> <span class="sw-scope-text">{i18n.t('scopeHelp.unknown', { scope })}</span>
      </span>
    );
  }
  const note = optionalCatalogText(`scopes.${info.id}.note`);
  return (
    <span class="sw-scope-help">
      <RiskBadge risk={info.risk} /> <span class="sw-scope-text">{catalogText(`scopes.${info.id}.ifLeaked`)}</span>
      {note && <span class="sw-scope-text"> {note}</span>}
      <span class="sw-scope-since"> {i18n.t('scopeHelp.since', { version: info.since })}</span>
    </span>
  );
}
