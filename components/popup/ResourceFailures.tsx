import { i18n } from '#i18n';
import type { InstanceCache } from '@/utils/inventory';

/** The projects and groups whose tokens could not be read at the last refresh, and why. */
export function ResourceFailures({ resources }: { resources: NonNullable<InstanceCache['resources']> }) {
  if (!resources.failed && resources.failures.length === 0) return null;
  return (
    <details class="resource-failures">
      <summary>
        {resources.failed
          ? i18n.t('popup.resourceFailures.failed')
          : i18n.t('popup.resourceFailures.some', { failed: resources.failures.length, checked: resources.checked })}
      </summary>
      {resources.failed && <p>{resources.failed}</p>}
      <ul>
        {resources.failures.map(({ owner, message }) => (
          <li key={`${owner.kind}:${owner.id}`}>
            {owner.path}: {message}
          </li>
        ))}
      </ul>
    </details>
  );
}
