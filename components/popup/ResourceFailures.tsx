import { i18n } from '#i18n';
import type { ApiProblem } from '@/utils/api/errors';
import { apiProblemText } from '@/utils/browser/api-error-text';
import type { InstanceCache } from '@/utils/inventory';

/** Why, in words: the cache keeps the API's problem as data (none for an error that was not the API's). */
const reasonOf = (problem: ApiProblem | undefined) =>
  problem ? apiProblemText(problem) : i18n.t('refreshFailure.unexpected');

/** The projects and groups whose tokens could not be read at the last refresh, and why. */
export function ResourceFailures({ resources }: { resources: NonNullable<InstanceCache['resources']> }) {
  const { unlisted, failures } = resources;
  if (!unlisted && failures.length === 0) return null;
  return (
    <details class="resource-failures">
      <summary>
        {unlisted
          ? i18n.t('popup.resourceFailures.failed')
          : i18n.t('popup.resourceFailures.some', { failed: failures.length, checked: resources.checked })}
      </summary>
      {unlisted && <p>{i18n.t('refreshFailure.unlisted', { reason: reasonOf(unlisted.problem) })}</p>}
      <ul>
        {failures.map(({ owner, problem }) => (
          <li key={`${owner.kind}:${owner.id}`}>
            {owner.path}: {reasonOf(problem)}
          </li>
        ))}
      </ul>
    </details>
  );
}
