import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';

// biome-ignore lint/style/noNonNullAssertion: index.html has #app.
render(<OptionsPage />, document.getElementById('app')!);
