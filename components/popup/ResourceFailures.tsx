import type { InstanceCache } from '@/utils/inventory';

/** The projects and groups whose tokens could not be read at the last refresh, and why. */
export function ResourceFailures({ resources }: { resources: NonNullable<InstanceCache['resources']> }) {
  if (!resources.failed && resources.failures.length === 0) return null;
  return (
    <details class="resource-failures">
      <summary>
        {resources.failed
          ? 'Project and group tokens could not be listed'
          : `${resources.failures.length} of ${resources.checked} projects and groups could not be checked`}
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
