import { useState } from 'preact/hooks';

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
    <section class="new-token" aria-label="New token">
      <p>
        <strong>{name}</strong> was rotated{expiresAt ? `; the new token expires on ${expiresAt}` : ''}. Copy it now: it
        is not shown again and Scopewise does not keep it.
      </p>
      <input
        type="text"
        readOnly
        value={value}
        aria-label="New token value"
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        class="confirm"
        onClick={() => {
          void navigator.clipboard.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>{' '}
      <button type="button" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
