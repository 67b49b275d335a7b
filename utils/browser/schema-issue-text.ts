import { i18n } from '#i18n';
import type { SchemaIssue } from '../schema-errors';

/** What a field at fault breaks, in the user's language. */
function ruleText(issue: SchemaIssue): string {
  switch (issue.rule) {
    case 'scope-id':
      return i18n.t('schemaIssue.scopeId');
    case 'preset-id':
      return i18n.t('schemaIssue.presetId');
    case 'needs-scope':
      return i18n.t('schemaIssue.needsScope');
    case 'https-source':
      return i18n.t('schemaIssue.httpsSource');
    case 'date':
      return i18n.t('schemaIssue.date');
    case 'timestamp':
      return i18n.t('schemaIssue.timestamp');
    case 'required':
      return i18n.t('schemaIssue.required');
    case 'type':
      return i18n.t('schemaIssue.type', { expected: issue.expected, received: issue.received });
    case 'too-short':
      return i18n.t('schemaIssue.tooShort', { minimum: issue.minimum });
    case 'too-long':
      return i18n.t('schemaIssue.tooLong', { maximum: issue.maximum });
    case 'too-low':
      return i18n.t('schemaIssue.tooLow', { minimum: issue.minimum });
    case 'too-high':
      return i18n.t('schemaIssue.tooHigh', { maximum: issue.maximum });
    case 'one-of':
      return i18n.t('schemaIssue.oneOf', { options: issue.options.map((option) => `'${option}'`).join(' | ') });
    case 'invalid':
      return i18n.t('schemaIssue.invalid');
  }
}

/**
 * The fields at fault in a rejected presets file or GitLab answer (utils/schema-errors.ts gives
 * them as data), one after another: `presets[1].scopes: a preset needs at least one scope`.
 */
export function schemaIssuesText(issues: readonly SchemaIssue[]): string {
  return issues
    .map((issue) =>
      i18n.t('schemaIssue.at', { path: issue.path || i18n.t('schemaIssue.topLevel'), problem: ruleText(issue) }),
    )
    .join('; ');
}
