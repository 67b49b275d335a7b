import { i18n } from '#i18n';
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
      <summary>{i18n.t('popup.inactive.summary')}</summary>
      {inactive === 'loading' && <p class="muted">{i18n.t('popup.inactive.loading')}</p>}
      {inactive && !Array.isArray(inactive) && inactive !== 'loading' && <p class="error">{inactive.message}</p>}
      {Array.isArray(inactive) && inactive.length === 0 && <p class="muted">{i18n.t('popup.inactive.none')}</p>}
      {Array.isArray(inactive) && (
        <ul class="tokens" aria-label={i18n.t('popup.inactive.list')}>
          {inactive.map((token) => (
            <TokenRow
              key={token.id}
              token={token}
              warnings={[
                {
                  severity: 'low',
                  text: token.revoked ? i18n.t('popup.inactive.revoked') : i18n.t('popup.inactive.expired'),
                },
              ]}
              recreateUrl={recreateUrlOf(token)}
            />
          ))}
        </ul>
      )}
    </details>
  );
}
