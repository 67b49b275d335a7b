import { ScopeSummary } from '@/components/ScopeSummary';
import { readSelection } from '@/utils/gitlab/granular-form';
import { summarizeFineGrained } from '@/utils/permission-summary';
import type { GranularFeature } from '../context';

/** A live `role="status"` summary of what the token will be able to do, below the permission selector. */
export const summary: GranularFeature = {
  id: 'summary',
  apply({ form, mount }) {
    mount('summary', form.permissions, 'after', <ScopeSummary summary={summarizeFineGrained(readSelection(form))} />);
  },
};
