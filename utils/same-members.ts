/** Whether two lists hold the same members, in any order (GitLab keeps click order; Scopewise does not care). */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
