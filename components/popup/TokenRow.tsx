import { Component } from 'preact';
import { roleName, roleOf } from '@/utils/catalog/roles';
import type { CachedToken } from '@/utils/inventory';
import type { Warning } from '@/utils/risk';
import { relativeDays, shortDate } from './format';

export type TokenAction = 'revoke' | 'rotate';

export interface TokenRowProps {
  token: CachedToken;
  warnings: Warning[];
  recreateUrl?: string;
  /** The Access tokens settings page of the token's project or group. */
  ownerUrl?: string;
  /** One stable callback for every row, so that an unchanged row is not rendered again. */
  onAction?: (kind: TokenAction, token: CachedToken) => void;
}

/** What a token may do: its scopes, or a fine-grained token's permissions (its scope is a placeholder). */
function grants(token: CachedToken): string {
  if (token.granular) {
    const permissions = token.granularPermissions ?? [];
    return permissions.length > 0 ? permissions.join(', ') : 'fine-grained permissions';
  }
  return token.scopes.length > 0 ? token.scopes.join(', ') : 'no scopes';
}

const roleLabel = (level: number) => {
  const role = roleOf(level);
  return role ? roleName(role) : `role ${level}`;
};

const sameRow = (a: TokenRowProps, b: TokenRowProps) =>
  a.token === b.token &&
  a.recreateUrl === b.recreateUrl &&
  a.ownerUrl === b.ownerUrl &&
  a.onAction === b.onAction &&
  a.warnings.map((warning) => warning.text).join('\n') === b.warnings.map((warning) => warning.text).join('\n');

/**
 * A refresh keeps unchanged tokens as the same objects (`reconcile`), and their rows are not
 * rendered again.
 */
export class TokenRow extends Component<TokenRowProps> {
  override shouldComponentUpdate(next: TokenRowProps): boolean {
    return !sameRow(this.props, next);
  }

  override render() {
    return <TokenRowView {...this.props} />;
  }
}

/** One token. Every string from GitLab is rendered as text (Preact escapes it). */
function TokenRowView({ token, warnings, recreateUrl, ownerUrl, onAction }: TokenRowProps) {
  const { owner } = token;
  return (
    // Warnings come most severe first: the row's edge shows the worst.
    <li class={`token token--${warnings[0]?.severity ?? 'none'}`} data-token-id={token.id}>
      <div class="token-head">
        <strong class="token-name">{token.name}</strong>
        {token.granular && <span class="tag">fine-grained</span>}
        {onAction && (
          <span class="token-actions">
            <button type="button" onClick={() => onAction('rotate', token)} aria-label={`Rotate ${token.name}`}>
              Rotate
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => onAction('revoke', token)}
              aria-label={`Revoke ${token.name}`}
            >
              Revoke
            </button>
          </span>
        )}
      </div>
      {owner && (
        <p class="token-owner">
          {owner.kind === 'project' ? 'Project' : 'Group'}{' '}
          {ownerUrl ? (
            <a href={ownerUrl} target="_blank" rel="noopener noreferrer">
              {owner.path}
            </a>
          ) : (
            owner.path
          )}
          {token.accessLevel !== undefined && ` · ${roleLabel(token.accessLevel)}`}
        </p>
      )}
      {token.description && <p class="token-description">{token.description}</p>}
      <p class="token-scopes">{grants(token)}</p>
      <dl class="token-dates">
        <dt>Created</dt>
        <dd>{shortDate(token.created_at)}</dd>
        <dt>Last used</dt>
        <dd>{token.last_used_at ? relativeDays(token.last_used_at) : 'never'}</dd>
        <dt>Expires</dt>
        <dd>{token.expires_at ? `${relativeDays(token.expires_at)} (${token.expires_at})` : 'never'}</dd>
      </dl>
      {warnings.length > 0 && (
        <ul class="warnings">
          {warnings.map((warning) => (
            <li key={warning.text} class={`warning warning--${warning.severity}`}>
              {warning.text}
            </li>
          ))}
        </ul>
      )}
      {recreateUrl && (
        <a class="recreate" href={recreateUrl} target="_blank" rel="noopener noreferrer">
          Recreate {token.name}
        </a>
      )}
    </li>
  );
}
