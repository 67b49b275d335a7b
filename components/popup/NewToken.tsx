import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

/**
 * The rotated token's value, shown once. It lives only in this component's state: never stored,
 * gone when the popup closes or the user dismisses it.
 */
export function NewToken({
  name,
  value,
  expiresAt,
  onDone,
}: {
  name: string;
  value: string;
  expiresAt: string | null;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <section class="new-token" aria-label={i18n.t('popup.newToken.label')}>
      <p>
        <strong>{name}</strong>
        {expiresAt ? i18n.t('popup.newToken.rotatedExpiring', { expiry: expiresAt }) : i18n.t('popup.newToken.rotated')}
      </p>
      <input
        type="text"
        readOnly
        value={value}
        aria-label={i18n.t('popup.newToken.value')}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        class="confirm"
        onClick={() => {
          void navigator.clipboard.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? i18n.t('popup.newToken.copied') : i18n.t('popup.newToken.copy')}
      </button>{' '}
      <button type="button" onClick={onDone}>
        {i18n.t('popup.newToken.done')}
      </button>
    </section>
  );
}
