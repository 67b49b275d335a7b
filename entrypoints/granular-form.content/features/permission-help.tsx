import { PermissionHelp } from '@/components/PermissionHelp';
import { RiskBadge } from '@/components/ScopeHelp';
import { permissionInfo, permissionResource, permissionRisk } from '@/utils/catalog/permissions';
import { optionPermission, permissionOptions, permissionSections } from '@/utils/gitlab/granular-form';
import { isFineGrainedForm } from '@/utils/gitlab/page';
import { GRANULAR } from '@/utils/gitlab/selectors';
import type { GranularFeature } from '../context';

/**
 * A risk label on every permission option, and under every chosen resource the plain-language
 * explanation of each of its permissions. Both sit inside GitLab's own row and option elements,
 * so they go when GitLab removes those.
 */
export const permissionHelp: GranularFeature = {
  id: 'permission-help',
  runsOn: isFineGrainedForm,
  apply({ form, mount, debug }) {
    for (const [index, section] of permissionSections(form).entries()) {
      for (const row of section.querySelectorAll(GRANULAR.selectedResource)) {
        const options = permissionOptions(row);
        const first = options[0];
        if (!first) {
          debug('permission-help: a selected resource without permission options');
          continue;
        }
        const resource = permissionResource(optionPermission(first));
        const lines = options.map((option) => {
          const name = optionPermission(option);
          return { name, selected: option.getAttribute('aria-selected') === 'true', info: permissionInfo(name) };
        });
        const anchor = row.querySelector(GRANULAR.selectedResourceName)?.parentElement ?? row;
        mount(`permission-help:${index}:${resource}`, anchor, 'last', <PermissionHelp lines={lines} />);
        for (const option of options) {
          const name = optionPermission(option);
          mount(`permission-risk:${index}:${name}`, option, 'last', <RiskBadge risk={permissionRisk(name)} />);
        }
      }
    }
  },
};
