import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsPage } from '@/components/options/OptionsPage';

// index.html says `en`; the messages may be another locale's (screen readers pronounce by it).
document.documentElement.lang = i18n.t('language');
document.title = i18n.t('options.title');
// biome-ignore lint/style/noNonNullAssertion: index.html has #app.
render(<OptionsPage />, document.getElementById('app')!);
