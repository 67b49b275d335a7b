import { fineGrainedSummaryText } from '@/components/fine-grained-summary';
import { ScopeSummary } from '@/components/ScopeSummary';
import { isFineGrainedForm } from '@/utils/gitlab/page';
import { summarizeFineGrained } from '@/utils/permission-summary';
import type { FineGrainedFeature } from '../context';

/** A live `role="status"` summary of what the token will be able to do, below the permission selector. */
export const summary: FineGrainedFeature = {
  id: 'summary',
  runsOn: isFineGrainedForm,
  apply({ form, selection, mount }) {
    mount(
      'summary',
      form.permissions,
      'after',
      <ScopeSummary summary={fineGrainedSummaryText(summarizeFineGrained(selection))} />,
    );
  },
};
