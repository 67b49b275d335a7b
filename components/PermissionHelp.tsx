import type { PermissionInfo } from '@/utils/catalog/schema';
import { RiskBadge } from './ScopeHelp';

export interface PermissionLine {
  name: string;
  selected: boolean;
  info: PermissionInfo | undefined;
}

/** Under a resource on the fine-grained form: each of its permissions, its risk, and the legacy scopes that also grant it. */
export function PermissionHelp({ lines }: { lines: PermissionLine[] }) {
  return (
    <ul class="sw-perm-help">
      {lines.map(({ name, selected, info }) => (
        <li key={name}>
          <RiskBadge risk={info?.risk ?? 'unknown'} /> <code>{name}</code>
          {selected && <strong> (selected)</strong>}:{' '}
          {info ? (
            <>
              a token can {info.can}.{' '}
              <span class="sw-muted">
                Legacy equivalent: {info.legacy.join(', ')}. Since GitLab {info.since}.
              </span>
            </>
          ) : (
            "Scopewise does not know this permission (newer than its catalog?): check GitLab's documentation before granting it."
          )}
        </li>
      ))}
    </ul>
  );
}
