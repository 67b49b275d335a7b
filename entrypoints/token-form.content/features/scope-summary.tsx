import { ScopeSummary, scopeSummaryWords } from '@/components/ScopeSummary';
import { hasLegacyForm } from '@/utils/gitlab/page';
import { scopeListEdges, selectedScopes } from '@/utils/gitlab/token-form';
import { sameMembers } from '@/utils/same-members';
import { summarizeScopes } from '@/utils/scope-summary';
import type { FormFeature } from '../context';

/** A live `role="status"` summary of what the selected scopes allow, below the scope list. */
export const scopeSummary: FormFeature = {
  id: 'scope-summary',
  runsOn: hasLegacyForm,
  apply({ form, state, mount }) {
    const selected = selectedScopes(form);
    if (state.preset && !state.applying && !sameMembers(selected, state.presetScopes ?? state.preset.scopes)) {
      state.preset = undefined;
    }
    const { last } = scopeListEdges(form);
    mount(
      'scope-summary',
      last,
      'after',
      <ScopeSummary summary={scopeSummaryWords(summarizeScopes(selected, state.preset?.scopes))} />,
    );
  },
};
