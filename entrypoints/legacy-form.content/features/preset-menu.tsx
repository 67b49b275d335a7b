import { i18n } from '#i18n';
import { type PresetLink, PresetMenu } from '@/components/PresetMenu';
import { describeBuiltin, evidenceLabel, legacyOnlyWhy } from '@/components/preset-text';
import { fineGrainedVerdict, presetPermissions } from '@/utils/catalog/fine-grained-presets';
import { utcToday } from '@/utils/dates';
import { PRESET_HASH_PREFIX } from '@/utils/gitlab/early-capture';
import { isPersonalTokenIndex } from '@/utils/gitlab/page';
import { granularNewUrl, legacyNewUrl } from '@/utils/gitlab/prefill';
import { GENERATE_TOKEN_DROPDOWN, queryFirst } from '@/utils/gitlab/selectors';
import { visiblePresets } from '@/utils/presets';
import type { PageFeature } from '../context';

/**
 * GitLab 19.x's token index has no form, only a "Generate token" dropdown. Scopewise adds a menu of
 * its presets, each opening the kind of token that fits it: the fine-grained form where a run
 * verified the fine-grained preset (Scopewise fills that form on arrival), the legacy form otherwise
 * (GitLab prefills `name`, `scopes` and `description`), saying why, with the upstream issue where
 * there is one. Each entry shows the evidence of the preset it opens. The fragment tells
 * Scopewise on the form which preset to apply.
 */
/** Whether the menu is open (module state: one page per content script). */
let menuOpen = false;

export const presetMenu: PageFeature = {
  id: 'preset-menu',
  runsOn: isPersonalTokenIndex,
  apply(context) {
    const { page, settings, now, mount, debug, refresh } = context;
    const dropdown = queryFirst(document, GENERATE_TOKEN_DROPDOWN);
    if (!dropdown) {
      debug('preset-menu: no "Generate token" dropdown on this index page');
      return;
    }
    const today = utcToday(now());
    const links = visiblePresets(settings, describeBuiltin).map((preset): PresetLink => {
      const fragment = `${PRESET_HASH_PREFIX}${encodeURIComponent(preset.id)}`;
      const verdict = fineGrainedVerdict(preset.id);
      if (verdict.kind === 'verified') {
        return {
          id: preset.id,
          name: preset.name,
          kind: i18n.t('presetMenu.fineGrained'),
          evidence: evidenceLabel(verdict.preset.evidence),
          why: i18n.t('presetMenu.onlyPermissions', { permissions: presetPermissions(verdict.preset).join(', ') }),
          href: `${granularNewUrl(page.root)}${fragment}`,
        };
      }
      const url = legacyNewUrl(page.root, {
        name: `${preset.name} – ${today}`,
        scopes: preset.scopes,
        description: preset.description,
      });
      return {
        id: preset.id,
        name: preset.name,
        kind: i18n.t('presetMenu.legacy'),
        evidence: evidenceLabel(preset.evidence),
        why: `${preset.scopes.join(', ')}. ${legacyOnlyWhy(preset.id, verdict)}`,
        issue: verdict.kind === 'experimental' ? verdict.issue : undefined,
        href: `${url}${fragment}`,
      };
    });
    mount(
      'preset-menu',
      dropdown,
      'after',
      <PresetMenu
        links={links}
        open={menuOpen}
        setOpen={(open) => {
          menuOpen = open;
          refresh();
        }}
      />,
    );
  },
};
