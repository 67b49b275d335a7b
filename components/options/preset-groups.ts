/**
 * The options page's built-in presets by the kind of access they grant, least first: what a user
 * weighs when choosing which presets to show.
 */
export type AccessKind = 'read' | 'write' | 'api' | 'other';

const ORDER: readonly AccessKind[] = ['read', 'write', 'api', 'other'];

export function accessKindOf(scopes: readonly string[]): AccessKind {
  if (scopes.includes('api')) return 'api';
  if (scopes.every((scope) => scope.startsWith('read_'))) return 'read';
  if (scopes.every((scope) => scope.startsWith('read_') || scope.startsWith('write_'))) return 'write';
  return 'other';
}

/** The presets by access kind, in the order above, each group keeping the catalog's order. */
export function groupByAccess<T extends { scopes: readonly string[] }>(
  presets: readonly T[],
): Array<{ kind: AccessKind; presets: T[] }> {
  return ORDER.map((kind) => ({
    kind,
    presets: presets.filter((preset) => accessKindOf(preset.scopes) === kind),
  })).filter((group) => group.presets.length > 0);
}
