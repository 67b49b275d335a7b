// Where the tests find their browsers: one lookup for `npm test` (scripts/test.mjs), the end-to-end
// tests (test/e2e/browser.ts), the Firefox smoke test (test/firefox/launch.ts) and CI (.ci/run,
// which installs the Debian packages this prints when run as a script).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const BROWSERS = {
  chromium: {
    variable: 'CHROMIUM_PATH',
    commands: ['chromium', 'chromium-browser'],
    debianPackage: 'chromium',
    help: 'The end-to-end tests need Chromium: install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  },
  firefox: {
    variable: 'FIREFOX_PATH',
    commands: ['firefox-esr', 'firefox'],
    debianPackage: 'firefox-esr',
    help: 'The Firefox smoke test needs Firefox: install it with `apt-get install -y firefox-esr`, or set FIREFOX_PATH.',
  },
};

/** `$CHROMIUM_PATH` (or `$FIREFOX_PATH`) if it exists, else the first of the browser's commands on PATH. */
export function findBrowser(name) {
  const { variable, commands } = BROWSERS[name];
  const directories = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [
    process.env[variable],
    ...commands.flatMap((command) => directories.map((dir) => join(dir, command))),
  ];
  return candidates.find((path) => path && existsSync(path));
}

/** The browser's binary, or an error that says how to install it. */
export function browserPath(name) {
  const found = findBrowser(name);
  if (!found) throw new Error(BROWSERS[name].help);
  return found;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replaceAll('\\', '/'))) {
  const missing = Object.entries(BROWSERS).filter(([name]) => !findBrowser(name));
  console.log(missing.map(([, browser]) => browser.debianPackage).join(' '));
}
