import { i18n } from '#i18n';
import type { ScopeWarning, ScopeSummary as Summary } from '@/utils/scope-summary';
import { catalogText } from './catalog-text';
import { riskLabel } from './risk-label';

function warningText(warning: ScopeWarning): string {
  switch (warning.kind) {
    case 'broadApi':
      return i18n.t('scopeSummary.warnings.broadApi');
    case 'admin':
      return i18n.t('scopeSummary.warnings.admin', { scope: warning.scope });
    case 'pushWithoutPull':
      return i18n.t('scopeSummary.warnings.pushWithoutPull');
    case 'gitOnly':
      return i18n.t('scopeSummary.warnings.gitOnly');
    case 'unknown':
      return i18n.t('scopeSummary.warnings.unknown', { scope: warning.scope });
  }
}

/** A legacy scope summary in the browser's language: its sentences, the overall risk last, and its warnings. */
export function scopeSummaryWords(summary: Summary): { text: string; warnings: string[] } {
  if (summary.kind === 'none') return { text: i18n.t('scopeSummary.none'), warnings: [] };
  const phrases = summary.known.map((scope) => catalogText(`scopes.${scope}.can`));
  const sentences = phrases.length
    ? [i18n.t('scopeSummary.can', { phrases: new Intl.ListFormat(i18n.t('language')).format(phrases) })]
    : [];
  sentences.push(i18n.t('scopeSummary.overall', { risk: riskLabel(summary.risk) }));
  return { text: sentences.join(' '), warnings: summary.warnings.map(warningText) };
}

/**
 * The live summary of either form's selection, as worded: what the token can do, then risky or
 * broken choices; `role="status"` makes screen readers announce changes.
 */
export function ScopeSummary({ summary }: { summary: { text: string; warnings: readonly string[] } }) {
  return (
    <div class="sw-summary" role="status">
      <p class="sw-summary-text">{summary.text}</p>
      {summary.warnings.length > 0 && (
        <ul class="sw-warnings">
          {summary.warnings.map((warning) => (
            <li key={warning} class="sw-warning">
              {warning}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
