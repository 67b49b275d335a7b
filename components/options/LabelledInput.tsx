import type { JSX } from 'preact';

/**
 * The options page's one field layout: the label's words, then the field inside the label (so
 * the words are its accessible name). `onValue` gets what the user typed, as typed.
 */
export function LabelledInput({
  label,
  onValue,
  ...input
}: { label: string; onValue: (value: string) => void } & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'onInput'>) {
  return (
    <label>
      {label} <input {...input} onInput={(event) => onValue(event.currentTarget.value)} />
    </label>
  );
}
