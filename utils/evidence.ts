import type { Evidence } from './catalog/schema';

/** The evidence label a preset shows: `Verified`, `Documented` or `Experimental` (custom presets: none). */
export function evidenceLabel(evidence: Evidence | undefined): string {
  return evidence
    ? { verified: 'Verified', documented: 'Documented', experimental: 'Experimental' }[evidence.kind]
    : '';
}

/** One sentence on how Scopewise knows the preset is enough and no more; kept short (it ships on every token page). */
export function evidenceSentence(evidence: Evidence | undefined): string | undefined {
  if (!evidence) return undefined;
  if (evidence.kind === 'verified')
    return `Verified: ${evidence.client} works with exactly these on a GitLab simulator and fails without any one.`;
  if (evidence.kind === 'documented') return `Documented: the integration's docs (Source), read ${evidence.read}.`;
  return `Experimental: ${evidence.why}`;
}
