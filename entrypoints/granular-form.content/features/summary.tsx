import { overallRisk } from '@/components/risk-label';
import { SummaryStatus } from '@/components/ScopeSummary';
import { isFineGrainedForm } from '@/utils/gitlab/page';
import { summarizeFineGrained } from '@/utils/permission-summary';
import type { GranularFeature } from '../context';

/** A live `role="status"` summary of what the token will be able to do, below the permission selector. */
export const summary: GranularFeature = {
  id: 'summary',
  runsOn: isFineGrainedForm,
  apply({ form, selection, mount }) {
    const { text, risk, warnings } = summarizeFineGrained(selection);
    const worded = risk ? `${text} ${overallRisk(risk)}` : text;
    mount('summary', form.permissions, 'after', <SummaryStatus text={worded} warnings={warnings} />);
  },
};
