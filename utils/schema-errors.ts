import type { z } from 'zod';

/**
 * A zod failure as one line that names each field at fault, e.g. `presets[1].scopes: …` (an
 * imported file) or `[3].expires_at: a YYYY-MM-DD date` (a GitLab response). `limit`: how many
 * issues to name; a GitLab response can break the same way in every one of thousands of items.
 */
export function describeIssues(
  error: z.ZodError,
  { root = '', limit }: { root?: string; limit?: number } = {},
): string {
  const issues = error.issues.slice(0, limit);
  if (issues.length === 0) return 'unexpected data';
  return issues
    .map((issue) => {
      const path = issue.path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
        .join('')
        .replace(/^\./, '');
      return `${root}${path || '(top level)'}: ${issue.message}`;
    })
    .join('; ');
}
