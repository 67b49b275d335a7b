import { i18n } from '#i18n';
import { riskLabel } from '@/components/risk-label';
import { ScopeSummary } from '@/components/ScopeSummary';
import { isFineGrainedForm } from '@/utils/gitlab/page';
import { summarizeFineGrained } from '@/utils/permission-summary';
import type { GranularFeature } from '../context';

/** A live `role="status"` summary of what the token will be able to do, below the permission selector. */
export const summary: GranularFeature = {
  id: 'summary',
  runsOn: isFineGrainedForm,
  apply({ form, selection, mount }) {
    const { text, risk, warnings } = summarizeFineGrained(selection);
    const worded = risk ? `${text} ${i18n.t('scopeSummary.overall', { risk: riskLabel(risk) })}` : text;
    mount('summary', form.permissions, 'after', <ScopeSummary summary={{ text: worded, warnings }} />);
  },
};
