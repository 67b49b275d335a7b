import { z } from 'zod';
import type { OwnRule } from '../schema-errors';

/**
 * GitLab REST payloads (GitLab's `doc/api/personal_access_tokens.md`, `project_access_tokens.md`,
 * `group_access_tokens.md`, `projects.md`, `groups.md`, `users.md`, `metadata.md`). Lenient toward what
 * GitLab adds (`passthrough`) over versions (`description`, `expired`, `granular`, `granular_scopes`,
 * `last_used_ips`, unknown scopes); strict about what Scopewise relies on.
 */

// The message names the rule (utils/schema-errors.ts), which the pages word.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'date' satisfies OwnRule);
const timestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'timestamp' satisfies OwnRule);

export const personalAccessTokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    description: z.string().nullish(),
    revoked: z.boolean(),
    active: z.boolean(),
    expired: z.boolean().optional(),
    granular: z.boolean().optional(),
    granular_scopes: z.array(z.unknown()).optional(),
    created_at: timestamp,
    scopes: z.array(z.string()),
    user_id: z.number().int(),
    last_used_at: timestamp.nullish(),
    // `expires_at` is a date; null for legacy non-expiring tokens.
    expires_at: isoDate.nullable(),
    last_used_ips: z.array(z.string()).nullish(),
  })
  .passthrough();
export type ApiToken = z.infer<typeof personalAccessTokenSchema>;

export const tokenListSchema = z.array(personalAccessTokenSchema);

/** Project and group access tokens: a personal token of the resource's bot user, plus its role. */
export const resourceTokenSchema = personalAccessTokenSchema.extend({
  /** GitLab's access levels: 10 Guest, 15 Planner, 20 Reporter, 30 Developer, 40 Maintainer, 50 Owner. */
  access_level: z.number().int(),
});
export type ApiResourceToken = z.infer<typeof resourceTokenSchema>;
export const resourceTokenListSchema = z.array(resourceTokenSchema);
export const rotatedResourceTokenSchema = resourceTokenSchema.extend({ token: z.string().min(1) });

/** What Scopewise reads of a project: where it is, and whether it is archived or about to be deleted. */
export const projectSchema = z
  .object({
    id: z.number().int(),
    path_with_namespace: z.string(),
    archived: z.boolean().optional(),
    marked_for_deletion_on: isoDate.nullish(),
    marked_for_deletion_at: isoDate.nullish(),
  })
  .passthrough();
export const projectListSchema = z.array(projectSchema);

export const groupSchema = z
  .object({
    id: z.number().int(),
    full_path: z.string(),
    archived: z.boolean().optional(),
    marked_for_deletion_on: isoDate.nullish(),
  })
  .passthrough();
export const groupListSchema = z.array(groupSchema);

/** Rotate (and create) responses add the new secret, shown once and never stored. */
export const rotatedTokenSchema = personalAccessTokenSchema.extend({ token: z.string().min(1) });

export const userSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    name: z.string().optional(),
    is_admin: z.boolean().optional(),
  })
  .passthrough();
export type ApiUser = z.infer<typeof userSchema>;

export const metadataSchema = z
  .object({
    version: z.string(),
    revision: z.string().optional(),
    enterprise: z.boolean().optional(),
  })
  .passthrough();
export type ApiMetadata = z.infer<typeof metadataSchema>;

/** GitLab's error bodies: `{message}`, `{error, error_description, scope}` (OAuth-style). */
export const errorBodySchema = z
  .object({
    message: z.unknown().optional(),
    error: z.string().optional(),
    error_description: z.string().optional(),
    scope: z.string().optional(),
  })
  .passthrough();
