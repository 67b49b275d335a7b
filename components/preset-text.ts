import { i18n } from '#i18n';
import { type FineGrainedVerdict, fineGrainedVerdict } from '@/utils/catalog/fine-grained-presets';
import type { BuiltinPreset, Evidence, Preset } from '@/utils/catalog/schema';
import { catalogText, optionalCatalogText } from './catalog-text';

/**
 * The words of the built-in presets and of their evidence, in the browser's language: the catalogs
 * keep the facts (ids, names, scopes, permissions, evidence), the messages `presets.<id>.…` the
 * prose. Custom presets carry their own words, as the user typed them.
 */

/** A built-in preset as the forms use it: with its description and narrower credential. */
export function describeBuiltin(preset: BuiltinPreset): Preset {
  return {
    ...preset,
    description: presetDescription(preset.id),
    narrower: optionalCatalogText(`presets.${preset.id}.narrower`),
  };
}

/** A built-in preset's description (a fine-grained one's is its legacy preset's). */
export function presetDescription(id: string): string {
  return catalogText(`presets.${id}.description`);
}

/** The evidence label a preset shows: `Verified`, `Documented` or `Experimental` (custom presets: none). */
export function evidenceLabel(evidence: Evidence | undefined): string {
  if (!evidence) return '';
  if (evidence.kind === 'verified') return i18n.t('evidence.verified');
  if (evidence.kind === 'documented') return i18n.t('evidence.documented');
  return i18n.t('evidence.experimental');
}

/** One sentence on how Scopewise knows the preset is enough and no more (custom presets: none). */
export function evidenceSentence({
  id,
  evidence,
}: {
  id: string;
  evidence?: Evidence | undefined;
}): string | undefined {
  if (!evidence) return undefined;
  if (evidence.kind === 'verified') return i18n.t('evidence.verifiedSentence', { client: evidence.client });
  if (evidence.kind === 'documented') return i18n.t('evidence.documentedSentence', { date: evidence.read });
  return i18n.t('evidence.experimentalSentence', { why: experimentalWhy(id) });
}

/** Why a preset's fine-grained version is Experimental. */
const experimentalWhy = (id: string) => catalogText(`presets.${id}.experimental`);

/** What a fine-grained preset leaves to the user: picking the groups or projects, and what its note adds. */
export function fineGrainedNote(id: string): string {
  const more = optionalCatalogText(`presets.${id}.fineGrainedNote`);
  return more ? `${i18n.t('presetBar.pick')} ${more}` : i18n.t('presetBar.pick');
}

/** Why a legacy preset keeps a legacy token: its fine-grained version is Experimental, or there is none. */
export function legacyOnlyWhy(id: string, verdict: Exclude<FineGrainedVerdict, { kind: 'verified' }>): string {
  if (verdict.kind === 'experimental') return experimentalWhy(id);
  return i18n.t('presetBar.noFineGrained', {
    reason: optionalCatalogText(`presets.${id}.legacyOnly`) ?? i18n.t('presetBar.undocumented'),
  });
}

/** For the legacy forms: whether a fine-grained token (GitLab 18.10+) can replace a preset's legacy one, and why not. */
export function fineGrainedRemark(id: string): string {
  const verdict = fineGrainedVerdict(id);
  if (verdict.kind === 'verified') return i18n.t('presetBar.replaceable');
  if (verdict.kind === 'experimental') return i18n.t('presetBar.keepLegacy', { why: experimentalWhy(id) });
  return legacyOnlyWhy(id, verdict);
}
