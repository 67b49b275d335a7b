import { render } from 'preact';
import { App } from './App';

// biome-ignore lint/style/noNonNullAssertion: index.html has #app.
render(<App />, document.getElementById('app')!);
