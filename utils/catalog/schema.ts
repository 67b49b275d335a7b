import * as z from 'zod/mini';

/** zod/mini keeps the content script small; the schemas are the same ones the options page uses. */

export const riskLevelSchema = z.enum(['critical', 'high', 'medium', 'low']);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

const scopeId = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, 'a scope is lower-case letters, digits and _'));

export const scopeInfoSchema = z.object({
  id: scopeId,
  /** A short verb phrase for summaries: "a token can …". */
  can: z.string().check(z.minLength(3)),
  risk: riskLevelSchema,
  /** What someone holding a leaked token with this scope could do. */
  ifLeaked: z.string().check(z.minLength(10)),
  /** What it includes or does not include that people get wrong. */
  note: z.optional(z.string()),
  /** The first GitLab version that offers it. */
  since: z.string().check(z.regex(/^\d+\.\d+$/)),
  /** Offered to administrators only. */
  adminOnly: z.optional(z.boolean()),
  /** Offered on personal access tokens only (not project or group tokens). */
  personalOnly: z.optional(z.boolean()),
});
export type ScopeInfo = z.infer<typeof scopeInfoSchema>;

/** Project/group roles as GitLab's `access_level` integers. */
export const roleSchema = z.enum(['guest', 'planner', 'reporter', 'developer', 'maintainer', 'owner']);
export type Role = z.infer<typeof roleSchema>;

export const presetSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and -'), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  scopes: z.array(scopeId).check(z.minLength(1, 'a preset needs at least one scope')),
  /** Filled into the token's description where the form has one. */
  description: z.string().check(z.maxLength(255)),
  /** Suggested lifetime in days; capped by the form's maximum when applied. */
  lifetimeDays: z.number().check(z.int(), z.gte(1), z.lte(400)),
  /** Minimum role on project and group tokens. */
  role: roleSchema,
  /** Where the scopes come from. */
  source: z.url({ protocol: /^https$/ }),
  /** A credential with a smaller blast radius, where one exists. */
  narrower: z.optional(z.string()),
});
export type Preset = z.infer<typeof presetSchema>;

export const customPresetsSchema = z.array(presetSchema);

/** Turns zod issues into one line that names the field at fault, e.g. `[1].scopes: …`. */
export function describeIssues(error: z.core.$ZodError, root = ''): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
        .join('')
        .replace(/^\./, '');
      return `${root}${path || '(top level)'}: ${issue.message}`;
    })
    .join('; ');
}
