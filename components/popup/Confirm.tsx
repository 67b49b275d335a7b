/** An inline confirmation; Escape or Cancel closes it. */
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
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-text">{text}</p>
      <button type="button" class="danger" onClick={onConfirm} disabled={busy}>
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
    </div>
  );
}
