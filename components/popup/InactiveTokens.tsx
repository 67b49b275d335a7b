import type { InactiveList } from '@/entrypoints/popup/usePopup';
import type { CachedToken } from '@/utils/inventory';
import { TokenRow } from './TokenRow';

/** Revoked and expired tokens, loaded when the user opens the section. */
export function InactiveTokens({
  inactive,
  recreateUrlOf,
  onOpen,
}: {
  inactive: InactiveList;
  recreateUrlOf: (token: CachedToken) => string;
  onOpen: () => void;
}) {
  return (
    <details onToggle={(event) => event.currentTarget.open && onOpen()}>
      <summary>Inactive</summary>
      {inactive === 'loading' && <p class="muted">Loading revoked and expired tokens…</p>}
      {inactive && !Array.isArray(inactive) && inactive !== 'loading' && <p class="error">{inactive.message}</p>}
      {Array.isArray(inactive) && inactive.length === 0 && <p class="muted">No revoked or expired tokens.</p>}
      {Array.isArray(inactive) && (
        <ul class="tokens" aria-label="Inactive tokens">
          {inactive.map((token) => (
            <TokenRow
              key={token.id}
              token={token}
              warnings={[{ severity: 'low', text: token.revoked ? 'Revoked' : 'Expired' }]}
              recreateUrl={recreateUrlOf(token)}
            />
          ))}
        </ul>
      )}
    </details>
  );
}
