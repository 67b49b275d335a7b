import { PermissionHelp } from '@/components/PermissionHelp';
import { RiskBadge } from '@/components/ScopeHelp';
import { permissionInfo, permissionResource, permissionRisk } from '@/utils/catalog/permissions';
import { optionPermission, permissionOptions, permissionSections } from '@/utils/gitlab/fine-grained-form';
import { isFineGrainedForm } from '@/utils/gitlab/page';
import { FINE_GRAINED } from '@/utils/gitlab/selectors';
import type { FineGrainedFeature } from '../context';

/**
 * A risk label on every permission option, and under every chosen resource the plain-language
 * explanation of each of its permissions. Both sit inside GitLab's own row and option elements,
 * so they go when GitLab removes those.
 */
export const permissionHelp: FineGrainedFeature = {
  id: 'permission-help',
  runsOn: isFineGrainedForm,
  apply({ form, mount, debug }) {
    for (const [index, section] of permissionSections(form).entries()) {
      for (const row of section.querySelectorAll(FINE_GRAINED.selectedResource)) {
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
        const anchor = row.querySelector(FINE_GRAINED.selectedResourceName)?.parentElement ?? row;
        mount(`permission-help:${index}:${resource}`, anchor, 'last', <PermissionHelp lines={lines} />);
        for (const option of options) {
          const name = optionPermission(option);
          mount(`permission-risk:${index}:${name}`, option, 'last', <RiskBadge risk={permissionRisk(name)} />);
        }
      }
    }
  },
};
