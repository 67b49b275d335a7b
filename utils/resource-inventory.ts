import { type GitLabClient, MAX_CONCURRENT_PAGES, mapConcurrent } from './api/client';
import { isApiError } from './api/errors';
import {
  type CachedToken,
  type InstanceCache,
  type ResourceFailure,
  type TokenOwner,
  toCachedToken,
} from './inventory';

/**
 * The most project and group tokens one instance's cache keeps: with the 10,000 personal tokens
 * `MAX_PAGES` allows, about 7 MB, within Chrome's 10 MB `storage.local` quota, whatever the
 * server lists.
 */
export const MAX_RESOURCE_TOKENS = 10_000;

/** Called as projects and groups are checked: `checked` of `total`. */
export type Progress = (checked: number, total: number) => void;

const ownerKey = (owner: Pick<TokenOwner, 'kind' | 'id'>) => `${owner.kind}:${owner.id}`;

/**
 * The access tokens of every project the user maintains and every group they own (GitLab requires
 * those roles to list them), one request per project or group through the client's gate. A project
 * or group that fails keeps its tokens from `previous` and says why; if projects and groups cannot
 * be listed at all, all of `previous`'s stay.
 */
export async function collectResourceTokens(
  api: GitLabClient,
  previous: InstanceCache | undefined,
  onProgress?: Progress,
): Promise<{ tokens: CachedToken[]; summary: NonNullable<InstanceCache['resources']> }> {
  const kept = new Map<string, CachedToken[]>();
  for (const token of previous?.tokens ?? []) {
    if (!token.owner) continue;
    const key = ownerKey(token.owner);
    kept.set(key, [...(kept.get(key) ?? []), token]);
  }
  let owners: TokenOwner[];
  try {
    const [projects, groups] = await Promise.all([api.projects(), api.groups()]);
    owners = [
      ...projects.items.map(
        (project): TokenOwner => ({
          kind: 'project',
          id: project.id,
          path: project.path_with_namespace,
          archived: project.archived === true,
          pendingDeletion: Boolean(project.marked_for_deletion_on ?? project.marked_for_deletion_at),
        }),
      ),
      ...groups.items.map(
        (group): TokenOwner => ({
          kind: 'group',
          id: group.id,
          path: group.full_path,
          archived: group.archived === true,
          pendingDeletion: Boolean(group.marked_for_deletion_on),
        }),
      ),
    ];
  } catch (error) {
    return {
      tokens: [...kept.values()].flat(),
      summary: {
        checked: 0,
        failures: [],
        unlisted: isApiError(error) ? { problem: error.problem } : {},
      },
    };
  }
  let checked = 0;
  onProgress?.(0, owners.length);
  const results = await mapConcurrent(owners, MAX_CONCURRENT_PAGES, async (owner) => {
    try {
      const list = await api.listResourceTokens(owner);
      return { tokens: list.map((token) => toCachedToken(token, owner)) };
    } catch (error) {
      const failure: ResourceFailure = isApiError(error) ? { owner, problem: error.problem } : { owner };
      return { tokens: kept.get(ownerKey(owner)) ?? [], failure };
    } finally {
      onProgress?.(++checked, owners.length);
    }
  });
  const tokens = results.flatMap((result) => result.tokens);
  return {
    tokens: tokens.slice(0, MAX_RESOURCE_TOKENS),
    summary: {
      checked,
      failures: results.flatMap((result) => (result.failure ? [result.failure] : [])),
      ...(tokens.length > MAX_RESOURCE_TOKENS ? { truncated: true } : {}),
    },
  };
}
