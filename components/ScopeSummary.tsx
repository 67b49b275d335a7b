import type { ScopeSummary as Summary } from '@/utils/scope-summary';

/** The live summary of the selected scopes; `role="status"` makes screen readers announce changes. */
export function ScopeSummary({ summary }: { summary: Summary }) {
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
