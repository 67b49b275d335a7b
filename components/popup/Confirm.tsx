import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';

/**
 * An inline confirmation. It takes focus on Cancel (the safe choice) when it opens; Escape or
 * Cancel closes it, and whoever opened it puts focus back where it was.
 */
export function Confirm({
  title,
  text,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || busy) return;
      // Escape closes the confirmation, nothing else.
      event.preventDefault();
      onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [busy, onCancel]);
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-text">{text}</p>
      <button type="button" class="danger" onClick={onConfirm} disabled={busy}>
        {confirmLabel}
      </button>{' '}
      <button type="button" ref={cancel} onClick={onCancel} disabled={busy}>
        {i18n.t('common.cancel')}
      </button>
    </div>
  );
}
