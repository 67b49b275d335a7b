import { isHttpsUrl } from '../safe-url';
import { ROLES, type Role } from './roles';

/**
 * What a preset is, declared once and zod-free, for its two readers. The options page validates
 * every preset it writes with `presetSchema` (schema.ts: zod, built from the constants below, because
 * its messages name the field at fault). GitLab's token pages check what they read back from
 * storage with `isUsablePreset`, without zod: zod is 8 KB gzip, more than a third of what a token
 * page may get. `test/unit/preset-rules.test.ts` holds the two together: every preset the schema
 * accepts is usable, and every rule the pages rely on is one the schema enforces too.
 */

/** A legacy scope's name, as GitLab writes it (`read_api`). */
export const SCOPE_ID = /^[a-z][a-z0-9_]*$/;
/** A preset's id: it names the preset in links (`#scopewise-preset=<id>`) and in exported files. */
export const PRESET_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Lengths the options page allows, short enough for the preset bar and GitLab's description field. */
export const PRESET_LENGTHS = { id: 64, name: 80, description: 255 } as const;

/** A preset's fields, as the options page writes them (`presetSchema` is checked against this type). */
export interface PresetFields {
  id: string;
  name: string;
  scopes: string[];
  /** Filled into the token's description where the form has one. */
  description: string;
  /** Suggested lifetime in days; capped by the form's maximum when applied. */
  lifetimeDays: number;
  /** Minimum role on project and group tokens. */
  role: Role;
  /** Where the scopes come from. */
  source: string;
  /** A credential with a smaller blast radius, where one exists. */
  narrower?: string;
}

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);

/**
 * A preset the token page can use, checked field by field as the page uses it: the types, an https
 * `source` (the page renders it as a link), a known role and scope names. A preset that fails is
 * skipped and the others still show. The lengths and the id's format are the editor's rules, not
 * the page's: a popup "Recreate" carries a token's own name, which GitLab allows longer.
 */
export function isUsablePreset(value: unknown): value is PresetFields {
  if (typeof value !== 'object' || value === null) return false;
  const preset = value as Record<string, unknown>;
  return (
    typeof preset.id === 'string' &&
    typeof preset.name === 'string' &&
    typeof preset.description === 'string' &&
    isHttpsUrl(preset.source) &&
    (preset.narrower === undefined || typeof preset.narrower === 'string') &&
    Number.isInteger(preset.lifetimeDays) &&
    typeof preset.role === 'string' &&
    ROLE_SET.has(preset.role) &&
    Array.isArray(preset.scopes) &&
    preset.scopes.length > 0 &&
    preset.scopes.every((scope) => typeof scope === 'string' && SCOPE_ID.test(scope))
  );
}
