import { ScopeSummary, scopeSummaryWords } from '@/components/ScopeSummary';
import { scopeListEdges, selectedScopes } from '@/utils/gitlab/legacy-form';
import { hasLegacyForm } from '@/utils/gitlab/page';
import { sameMembers } from '@/utils/same-members';
import { summarizeScopes } from '@/utils/scope-summary';
import type { LegacyFormFeature } from '../context';

/** A live `role="status"` summary of what the selected scopes allow, below the scope list. */
export const scopeSummary: LegacyFormFeature = {
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
