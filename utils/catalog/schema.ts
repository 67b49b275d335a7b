import { z } from 'zod';
import { LONGEST_LIFETIME_DAYS } from '../dates';
import { isHttpsUrl } from '../safe-url';
import type { OwnRule } from '../schema-errors';
import { PRESET_ID, PRESET_LENGTHS, type PresetFields, SCOPE_ID } from './preset-rules';
import { ROLES } from './roles';

/**
 * The catalogs' schemas, checked by the unit tests and by the options page on every write. A rule
 * of Scopewise's own is named by its check's message (`OwnRule`): the options page words it.
 */

export const riskLevelSchema = z.enum(['critical', 'high', 'medium', 'low']);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

const scopeId = z.string().regex(SCOPE_ID, 'scope-id' satisfies OwnRule);
const lifetimeDays = z.number().int().min(1).max(LONGEST_LIFETIME_DAYS);

export const scopeInfoSchema = z.object({
  id: scopeId,
  risk: riskLevelSchema,
  /** The first GitLab version that offers it. */
  since: z.string().regex(/^\d+\.\d+$/),
  /** Offered to administrators only. */
  adminOnly: z.boolean().optional(),
  /** Offered on personal access tokens only (not project or group tokens). */
  personalOnly: z.boolean().optional(),
});
export type ScopeInfo = z.infer<typeof scopeInfoSchema>;

/** The options page's rules for a preset (preset-rules.ts declares them, and the fields' meaning). */
export const presetSchema = z.object({
  id: z
    .string()
    .regex(PRESET_ID, 'preset-id' satisfies OwnRule)
    .max(PRESET_LENGTHS.id),
  name: z.string().min(1).max(PRESET_LENGTHS.name),
  scopes: z.array(scopeId).min(1, 'needs-scope' satisfies OwnRule),
  description: z.string().max(PRESET_LENGTHS.description),
  lifetimeDays,
  role: z.enum(ROLES),
  source: z.string().refine(isHttpsUrl, 'https-source' satisfies OwnRule),
  narrower: z.string().optional(),
}) satisfies z.ZodType<PresetFields>;
/** A preset as the forms use it: built-in ones carry their evidence, custom ones none. */
export type Preset = z.infer<typeof presetSchema> & { evidence?: Evidence };

/**
 * How Scopewise knows a built-in preset is enough, and no more than enough (issue 10). Custom presets
 * carry none: `presetSchema` has no such field, so an imported file cannot claim it.
 */
export const evidenceSchema = z.discriminatedUnion('kind', [
  /**
   * `npm run test:presets` runs `client` against the simulator with exactly the preset's grants (it
   * succeeds) and without each one in turn (GitLab's error); that run checks this mark.
   */
  z.object({ kind: z.literal('verified'), client: z.string().min(2) }),
  /** The integration's own documentation (the preset's `source`) says so, as read on `read`. */
  z.object({ kind: z.literal('documented'), read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  /**
   * Fine-grained only: GitLab's permissions can express it, but the integration documents legacy
   * tokens only and no run backs it (why, in one sentence: the preset's `experimental` message);
   * `issue` links the upstream request.
   */
  z.object({
    kind: z.literal('experimental'),
    issue: z
      .string()
      .url()
      .refine((url) => url.startsWith('https://'))
      .optional(),
  }),
]);
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * A built-in legacy preset: verified by a run or documented by the integration, never experimental.
 * Its prose (description, narrower credential) is in the messages, `presets.<id>.…`, in the user's
 * language (components/preset-text.ts).
 */
export const builtinPresetSchema = presetSchema.omit({ description: true, narrower: true }).extend({
  evidence: evidenceSchema.refine((evidence) => evidence.kind !== 'experimental', {
    message: 'a legacy preset is verified or documented',
  }),
});
export type BuiltinPreset = z.infer<typeof builtinPresetSchema>;

export const customPresetsSchema = z.array(presetSchema);

/** A fine-grained permission, named `<action>_<resource>` by GitLab (`read_job`, `download_code`). */
const permissionName = z.string().regex(/^[a-z]+_[a-z][a-z0-9_]*$/, 'a permission is <action>_<resource>');

export const permissionInfoSchema = z.object({
  name: permissionName,
  risk: riskLevelSchema,
  /** The narrowest legacy scopes that also grant it, for comparison. */
  legacy: z.array(scopeId).min(1),
  /** The first GitLab version known to offer it. */
  since: z.string().regex(/^\d+\.\d+$/),
  /** Reading it reveals credentials or security details (CI/CD variables, keys, tokens). */
  exposesSecrets: z.boolean().optional(),
});
export type PermissionInfo = z.infer<typeof permissionInfoSchema>;

export const boundaryKeySchema = z.enum(['namespace', 'user', 'instance']);
/** The form's three boundaries: group and project (`namespace`), user, and instance ("Global"). */
export type BoundaryKey = z.infer<typeof boundaryKeySchema>;

export const fineGrainedPresetSchema = z
  .object({
    /**
     * The legacy preset this one replaces: same id, same name on the buttons, same lifetime, same
     * description (its message, filled into the token's, which the fine-grained form requires).
     */
    id: z.string(),
    name: z.string().min(1).max(80),
    lifetimeDays,
    /** Which groups and projects the group-and-project permissions reach. */
    access: z.enum(['PERSONAL_PROJECTS', 'ALL_MEMBERSHIPS', 'SELECTED_MEMBERSHIPS']).optional(),
    permissions: z
      .object({
        namespace: z.array(permissionName).min(1).optional(),
        user: z.array(permissionName).min(1).optional(),
        instance: z.array(permissionName).min(1).optional(),
      })
      .strict(),
    /** Verified by a run, or experimental; never merely documented (no integration documents them yet). */
    evidence: evidenceSchema.refine((evidence) => evidence.kind !== 'documented', {
      message: 'a fine-grained preset is verified or experimental',
    }),
  })
  .refine((preset) => !preset.permissions.namespace || preset.access, {
    message: 'group and project permissions need an access choice',
  });
export type FineGrainedPreset = z.infer<typeof fineGrainedPresetSchema>;
