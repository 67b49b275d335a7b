import { RISK_LABELS } from './catalog/risk-levels';
import { highestRisk, scopeInfo } from './catalog/scopes';

export interface ScopeSummary {
  /** One or two sentences: what a token with these scopes can do. */
  text: string;
  /** Risky or broken choices, each a sentence. */
  warnings: string[];
}

function listPhrases(phrases: string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
}

/**
 * Restates what the selected scopes allow and flags risky or broken choices. `intendedScopes` are
 * the scopes of the preset the user applied, if any: `api` is then what the integration documents,
 * not an accident.
 */
export function summarizeScopes(selected: readonly string[], intendedScopes?: readonly string[]): ScopeSummary {
  if (selected.length === 0) {
    return { text: 'No scopes selected: GitLab needs at least one to create the token.', warnings: [] };
  }
  const has = (scope: string) => selected.includes(scope);
  const unknown = selected.filter((scope) => !scopeInfo(scope));
  const phrases = selected.flatMap((scope) => {
    const info = scopeInfo(scope);
    return info ? [info.can] : [];
  });
  const risk = highestRisk(selected) ?? 'unknown';
  const sentences = [];
  if (phrases.length > 0) sentences.push(`A token with these scopes can ${listPhrases(phrases)}.`);
  sentences.push(`Overall: ${RISK_LABELS[risk]}.`);

  const warnings: string[] = [];
  if (has('api') && !intendedScopes?.includes('api')) {
    warnings.push('api can change everything you can reach: if the tool only reads, read_api is enough.');
  }
  for (const admin of ['sudo', 'admin_mode'] as const) {
    if (has(admin))
      warnings.push(`${admin} is an administrator scope: a leak of this token compromises the whole instance.`);
  }
  if (has('write_registry') && !has('read_registry')) {
    warnings.push('write_registry does not include pull: docker push also needs read_registry.');
  }
  if (has('write_repository') && !has('api') && !has('read_api')) {
    warnings.push('write_repository works for Git over HTTPS only: it cannot call the API.');
  }
  for (const scope of unknown) {
    warnings.push(`${scope} is a scope Scopewise does not know: check GitLab's documentation before granting it.`);
  }
  return { text: sentences.join(' '), warnings };
}
