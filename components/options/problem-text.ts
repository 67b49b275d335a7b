import { i18n } from '#i18n';
import { schemaIssuesText } from '@/utils/browser/schema-issue-text';
import type { PresetProblem } from '@/utils/custom-presets';
import type { AddressProblem } from '@/utils/instances';

/** The options page's words for what the core refuses (utils/instances.ts, utils/custom-presets.ts). */

export function addressProblemText(problem: AddressProblem): string {
  switch (problem.kind) {
    case 'empty':
      return i18n.t('address.empty');
    case 'not-an-address':
      return i18n.t('address.notAnAddress', { text: problem.text });
    case 'scheme':
      return i18n.t('address.scheme', { scheme: problem.scheme });
    case 'credentials':
      return i18n.t('address.credentials');
    case 'host':
      return i18n.t('address.host', { host: problem.host });
    case 'root':
      return i18n.t('address.root', { root: problem.root });
  }
}

export function presetProblemText(problem: PresetProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return i18n.t('presetFile.notJson', { cause: problem.cause });
    case 'not-presets':
      return i18n.t('presetFile.notPresets');
    case 'invalid':
      return schemaIssuesText(problem.issues);
    case 'duplicate-id':
      return i18n.t('presetFile.duplicateId', { at: problem.at, id: problem.id });
    case 'built-in-id':
      return i18n.t('presetFile.builtInId', { at: problem.at, id: problem.id, builtIn: problem.builtIn });
    case 'built-in-name':
      return i18n.t('presetFile.builtInName', { at: problem.at, name: problem.name });
  }
}
