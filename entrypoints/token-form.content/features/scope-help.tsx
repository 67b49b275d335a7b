import { ScopeHelp } from '@/components/ScopeHelp';
import { scopeInfo } from '@/utils/catalog/scopes';
import { hasLegacyForm } from '@/utils/gitlab/page';
import { SCOPE_ITEM } from '@/utils/gitlab/selectors';
import type { FormFeature } from '../context';

/** A risk label and a plain-language explanation under every scope checkbox. */
export const scopeHelp: FormFeature = {
  id: 'scope-help',
  runsOn: hasLegacyForm,
  apply({ form, mount, debug }) {
    for (const [scope, input] of form.scopes) {
      const item = SCOPE_ITEM.map((selector) => input.closest(selector)).find(
        (found) => found && form.form.contains(found),
      );
      if (!item) {
        debug(`scope-help: no item around the ${scope} checkbox`);
        continue;
      }
      // Inside a per-scope container (≤14.x fieldset, 19.x li); after a Pajamas checkbox, outside its label.
      const placement = item.matches('.custom-control') ? 'after' : 'last';
      mount(`scope-help:${scope}`, item, placement, <ScopeHelp scope={scope} info={scopeInfo(scope)} />);
    }
  },
};
