import type { CachedToken } from '@/utils/inventory';
import type { Warning } from '@/utils/risk';
import { relativeDays, shortDate } from './format';

export interface TokenRowProps {
  token: CachedToken;
  warnings: Warning[];
  recreateUrl?: string;
  onRevoke?: () => void;
  onRotate?: () => void;
}

/** What a token may do: its scopes, or a fine-grained token's permissions (its scope is a placeholder). */
function grants(token: CachedToken): string {
  if (token.granular) {
    const permissions = token.granularPermissions ?? [];
    return permissions.length > 0 ? permissions.join(', ') : 'fine-grained permissions';
  }
  return token.scopes.length > 0 ? token.scopes.join(', ') : 'no scopes';
}

/** One token. Every string from GitLab is rendered as text (Preact escapes it). */
export function TokenRow({ token, warnings, recreateUrl, onRevoke, onRotate }: TokenRowProps) {
  return (
    <li class="token" data-token-id={token.id}>
      <div class="token-head">
        <strong class="token-name">{token.name}</strong>
        {token.granular && <span class="tag">fine-grained</span>}
        {onRevoke && (
          <span class="token-actions">
            <button type="button" onClick={onRotate} aria-label={`Rotate ${token.name}`}>
              Rotate
            </button>
            <button type="button" class="danger" onClick={onRevoke} aria-label={`Revoke ${token.name}`}>
              Revoke
            </button>
          </span>
        )}
      </div>
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
