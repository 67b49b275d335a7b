import { type PresetLink, PresetMenu } from '@/components/PresetMenu';
import { fineGrainedPreset, legacyOnlyReason, presetPermissions } from '@/utils/catalog/fine-grained-presets';
import { utcToday } from '@/utils/dates';
import { PRESET_HASH_PREFIX } from '@/utils/gitlab/early-capture';
import { granularNewUrl, legacyNewUrl } from '@/utils/gitlab/prefill';
import { GENERATE_TOKEN_DROPDOWN, queryFirst } from '@/utils/gitlab/selectors';
import { visiblePresets } from '@/utils/presets';
import type { PageFeature } from '../context';

/**
 * GitLab 19.x's token index has no form, only a "Generate token" dropdown. Scopewise adds a menu of
 * its presets, each opening the kind of token that fits it: the fine-grained form where the
 * integration works with fine-grained permissions (Scopewise fills that form on arrival), the
 * legacy form otherwise (GitLab prefills `name`, `scopes` and `description`). The fragment tells
 * Scopewise on the form which preset to apply.
 */
/** Whether the menu is open (module state: one page per content script). */
let menuOpen = false;

export const presetMenu: PageFeature = {
  id: 'preset-menu',
  apply(context) {
    const { page, settings, now, mount, debug, refresh } = context;
    if (page.owner !== 'personal' || page.route !== 'index') return;
    const dropdown = queryFirst(document, GENERATE_TOKEN_DROPDOWN);
    if (!dropdown) {
      debug('preset-menu: no "Generate token" dropdown on this index page');
      return;
    }
    const today = utcToday(now());
    const links = visiblePresets(settings).map((preset): PresetLink => {
      const fragment = `${PRESET_HASH_PREFIX}${encodeURIComponent(preset.id)}`;
      const fineGrained = fineGrainedPreset(preset.id);
      if (fineGrained) {
        return {
          id: preset.id,
          name: preset.name,
          kind: 'Fine-grained token',
          why: `Only ${presetPermissions(fineGrained).join(', ')}, on the groups or projects you pick.`,
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
        kind: 'Legacy token',
        why: `${preset.scopes.join(', ')}: ${legacyOnlyReason(preset.id)}`,
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
