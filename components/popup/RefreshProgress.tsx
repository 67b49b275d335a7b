import type { RefreshProgress as Progress } from '@/entrypoints/popup/usePopup';

/**
 * How far a long refresh got, read out politely. A refresh of one page (100 tokens) ends before
 * it would be worth saying.
 */
export function RefreshProgress({ progress }: { progress: Progress | undefined }) {
  let text = '';
  if (progress?.step === 'pages' && progress.total !== undefined && progress.total > 1)
    text = `Refreshing… ${progress.read} of ${progress.total} pages`;
  else if (progress?.step === 'resources' && progress.total > 0)
    text = `Checked ${progress.checked} of ${progress.total} projects and groups`;
  return (
    <p class="refresh-progress" aria-live="polite">
      {text}
    </p>
  );
}
