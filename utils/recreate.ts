import { roleOf } from './catalog/roles';
import {
  granularNewUrl,
  type PrefillFields,
  prefillUrl,
  RECREATE_HASH_PREFIX,
  resourceTokensUrl,
} from './gitlab/prefill';
import { rotationLifetimeDays } from './risk';

/**
 * Where "Recreate" leads for a token: a fine-grained one to GitLab's own "Duplicate" (the
 * fine-grained form loads the source token's name, description and permissions server-side, by
 * id: nothing secret is in the URL), a legacy one to the prefilled legacy form.
 */
export function recreateUrl(
  base: string,
  version: string | undefined,
  token: PrefillFields & {
    id: number;
    granular?: boolean;
    owner?: { kind: 'project' | 'group'; path: string };
    accessLevel?: number;
    /** Project and group tokens: the lifetime to keep. */
    created_at?: string;
    expires_at?: string | null;
  },
): string {
  if (token.granular) return `${granularNewUrl(base)}?source_token_id=${token.id}`;
  if (token.owner) {
    return resourceRecreateUrl(base, token.owner, {
      ...token,
      role: roleOf(token.accessLevel ?? 0) ?? 'guest',
      // The same lifetime as the token it replaces, as Rotate keeps it.
      lifetimeDays: token.created_at
        ? rotationLifetimeDays({ created_at: token.created_at, expires_at: token.expires_at ?? null })
        : 30,
    });
  }
  return prefillUrl(base, version, token);
}

export interface RecreateFields extends PrefillFields {
  /** `maintainer`, as the preset catalog names roles. */
  role: string;
  lifetimeDays: number;
}

export function resourceRecreateUrl(
  base: string,
  owner: { kind: 'project' | 'group'; path: string },
  fields: RecreateFields,
): string {
  const params = new URLSearchParams({
    name: fields.name,
    scopes: fields.scopes.join(','),
    role: fields.role,
    days: String(fields.lifetimeDays),
  });
  if (fields.description) params.set('description', fields.description);
  return `${resourceTokensUrl(base, owner)}${RECREATE_HASH_PREFIX}${encodeURIComponent(params.toString())}`;
}
