import { ScopeHelp } from '@/components/ScopeHelp';
import { scopeInfo } from '@/utils/catalog/scopes';
import { scopeItem } from '@/utils/gitlab/legacy-form';
import { hasLegacyForm } from '@/utils/gitlab/page';
import type { LegacyFormFeature } from '../context';

/** A risk label and a plain-language explanation under every scope checkbox. */
export const scopeHelp: LegacyFormFeature = {
  id: 'scope-help',
  runsOn: hasLegacyForm,
  apply({ form, mount, debug }) {
    for (const [scope, input] of form.scopes) {
      const found = scopeItem(form, input);
      if (!found) {
        debug(`scope-help: no item around the ${scope} checkbox`);
        continue;
      }
      mount(`scope-help:${scope}`, found.item, found.placement, <ScopeHelp scope={scope} info={scopeInfo(scope)} />);
    }
  },
};
