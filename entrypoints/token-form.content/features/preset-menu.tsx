import { PresetMenu } from '@/components/PresetMenu';
import { utcToday } from '@/utils/dates';
import { PRESET_HASH_PREFIX } from '@/utils/gitlab/early-capture';
import { legacyNewUrl } from '@/utils/gitlab/prefill';
import { GENERATE_TOKEN_DROPDOWN } from '@/utils/gitlab/selectors';
import { visiblePresets } from '@/utils/presets';
import type { PageFeature } from '../context';

/**
 * GitLab 19.x's token index has no form, only a "Generate token" dropdown. Scopewise adds a menu of
 * links to the legacy form, which GitLab prefills from `name`, `scopes` and `description`; the
 * fragment tells Scopewise on that page which preset's expiry to apply.
 */
/** Whether the menu is open (module state: one page per content script). */
let menuOpen = false;

export const presetMenu: PageFeature = {
  id: 'preset-menu',
  apply(context) {
    const { page, settings, now, mount, debug, refresh } = context;
    if (page.owner !== 'personal' || page.route !== 'index') return;
    const dropdown = document.querySelector(GENERATE_TOKEN_DROPDOWN);
    if (!dropdown) {
      debug('preset-menu: no "Generate token" dropdown on this index page');
      return;
    }
    const today = utcToday(now());
    const links = visiblePresets(settings).map((preset) => {
      const url = legacyNewUrl(page.root, {
        name: `${preset.name} – ${today}`,
        scopes: preset.scopes,
        description: preset.description,
      });
      return {
        id: preset.id,
        name: preset.name,
        scopes: preset.scopes,
        href: `${url}${PRESET_HASH_PREFIX}${encodeURIComponent(preset.id)}`,
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
