import type { z } from 'zod';

/**
 * Scopewise's own rules, which zod has no words for: a schema names the rule a check enforces as
 * that check's message (`.regex(SCOPE_ID, 'scope-id' satisfies OwnRule)`), and the edges word it
 * (utils/browser/schema-issue-text.ts). `needs-scope`: a preset's scopes are not empty; `date` and
 * `timestamp`: GitLab's `YYYY-MM-DD` dates and ISO 8601 times.
 */
const OWN_RULES = ['scope-id', 'preset-id', 'needs-scope', 'https-source', 'date', 'timestamp'] as const;
export type OwnRule = (typeof OWN_RULES)[number];
const isOwnRule = (message: string): message is OwnRule => (OWN_RULES as readonly string[]).includes(message);

/**
 * A field at fault, as data: where (`presets[1].scopes`; '' for the value as a whole) and the rule
 * it breaks, with the rule's values. The values come from the schema (bounds, zod's type names,
 * the allowed options), never from the value received: a GitLab response's values stay out.
 */
export type SchemaIssue = { path: string } & SchemaRule;
export type SchemaRule =
  | { rule: OwnRule }
  | { rule: 'required' }
  /** zod's type names (`string`, `integer`, `null`…). */
  | { rule: 'type'; expected: string; received: string }
  /** A string's length. */
  | { rule: 'too-short'; minimum: number }
  | { rule: 'too-long'; maximum: number }
  /** A number's value. */
  | { rule: 'too-low'; minimum: number }
  | { rule: 'too-high'; maximum: number }
  /** Not one of the schema's `options`. */
  | { rule: 'one-of'; options: string[] }
  /** Any other failure: a check zod words differently (an exclusive bound, an array's length…). */
  | { rule: 'invalid' };

function ruleOf(issue: z.ZodIssue): SchemaRule {
  if (isOwnRule(issue.message)) return { rule: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      // What zod words "Required".
      if (issue.received === 'undefined') return { rule: 'required' };
      return { rule: 'type', expected: issue.expected, received: issue.received };
    case 'too_small':
      // `.min()` bounds only: exclusive or exact ones (`.gt()`, `.length()`) read otherwise.
      if (!issue.inclusive || issue.exact) break;
      if (issue.type === 'string') return { rule: 'too-short', minimum: Number(issue.minimum) };
      if (issue.type === 'number') return { rule: 'too-low', minimum: Number(issue.minimum) };
      break;
    case 'too_big':
      if (!issue.inclusive || issue.exact) break;
      if (issue.type === 'string') return { rule: 'too-long', maximum: Number(issue.maximum) };
      if (issue.type === 'number') return { rule: 'too-high', maximum: Number(issue.maximum) };
      break;
    case 'invalid_enum_value':
      return { rule: 'one-of', options: issue.options.map(String) };
  }
  return { rule: 'invalid' };
}

/**
 * The fields at fault in a zod failure, e.g. `presets[1].scopes` breaking `needs-scope` (an
 * imported file) or `[3].expires_at` breaking `date` (a GitLab response). `root` comes before each
 * path; `limit`: how many issues to name, as a GitLab response can break the same way in every one
 * of thousands of items.
 */
export function describeIssues(
  error: z.ZodError,
  { root = '', limit }: { root?: string; limit?: number } = {},
): SchemaIssue[] {
  return error.issues.slice(0, limit).map((issue) => {
    const path = issue.path
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
      .join('')
      .replace(/^\./, '');
    return { path: `${root}${path}`, ...ruleOf(issue) };
  });
}
