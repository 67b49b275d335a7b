import { i18n } from '#i18n';
import type { RefreshProgress as Progress } from '@/entrypoints/popup/usePopup';

/**
 * How far a long refresh got, read out politely. A refresh of one page (100 tokens) ends before
 * it would be worth saying.
 */
export function RefreshProgress({ progress }: { progress: Progress | undefined }) {
  let text = '';
  if (progress?.step === 'pages' && progress.total !== undefined && progress.total > 1)
    text = i18n.t('popup.progress.pages', { read: progress.read, total: progress.total });
  else if (progress?.step === 'resources' && progress.total > 0)
    text = i18n.t('popup.progress.resources', { checked: progress.checked, total: progress.total });
  return (
    <p class="refresh-progress" aria-live="polite">
      {text}
    </p>
  );
}
