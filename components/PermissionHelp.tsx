import { i18n } from '#i18n';
import type { PermissionInfo } from '@/utils/catalog/schema';
import { catalogText } from './catalog-text';
import { RiskBadge } from './ScopeHelp';

export interface PermissionLine {
  name: string;
  selected: boolean;
  info: PermissionInfo | undefined;
}

/** What a permission the catalog knows lets a token do: a phrase that follows "a token can". */
export function permissionCan(name: string): string {
  return catalogText(`permissions.${name}.can`);
}

/** Under a resource on the fine-grained form: each of its permissions, its risk, and the legacy scopes that also grant it. */
export function PermissionHelp({ lines }: { lines: PermissionLine[] }) {
  return (
    <ul class="sw-perm-help">
      {lines.map(({ name, selected, info }) => (
        <li key={name}>
          <RiskBadge risk={info?.risk ?? 'unknown'} /> <code>{name}</code>
          {selected && <strong>{i18n.t('fineGrained.help.selected')}</strong>}:{' '}
          {info ? (
            <>
              {i18n.t('fineGrained.help.can', { can: permissionCan(name) })}{' '}
              <span class="sw-muted">
                {i18n.t('fineGrained.help.legacy', { scopes: info.legacy.join(', '), version: info.since })}
              </span>
            </>
          ) : (
            i18n.t('fineGrained.help.unknown')
          )}
        </li>
      ))}
    </ul>
  );
}
