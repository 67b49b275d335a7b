#!/usr/bin/env node
// `npm test`: type-check, lint, unit tests, the presets' evidence (real clients against the
// simulator), the build (Chrome and Firefox), then the end-to-end tests in Chromium. Stops at the
// first failing step; fails if no end-to-end test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, findBrowser } from './browser-paths.mjs';

const reports = join('test-results');
mkdirSync(reports, { recursive: true });

for (const [name, browser] of Object.entries(BROWSERS)) {
  if (!findBrowser(name)) {
    console.error(`npm test: ${browser.help}`);
    process.exit(1);
  }
}

// The preset runs use real clients from Debian (test/presets/runs.ts).
const presetTools = [
  ['git', '/usr/bin/git'],
  ['skopeo', '/usr/bin/skopeo'],
  ['docker-registry', '/usr/bin/docker-registry'],
  ['python3-gitlab', '/usr/lib/python3/dist-packages/gitlab/__init__.py'],
];
const missingTools = presetTools.filter(([, path]) => !existsSync(path)).map(([name]) => name);
if (missingTools.length > 0) {
  console.error(
    `npm test runs real clients for the presets' evidence: install them with \`apt-get install -y ${missingTools.join(' ')}\`.`,
  );
  process.exit(1);
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/** web-ext lint on the Firefox build: 0 errors and 0 warnings. */
function lintFirefoxBuild() {
  console.log('\n▶ web-ext lint: .output/firefox-mv3');
  const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
    encoding: 'utf8',
  });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.error(result.stdout, result.stderr);
    console.error('\n✖ web-ext lint did not run.');
    process.exit(1);
  }
  for (const item of [...report.errors, ...report.warnings])
    console.error(`  ${item._type} ${item.code} ${item.file ?? ''}: ${item.description}`);
  console.log(
    `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
  );
  if (report.summary.errors > 0 || report.summary.warnings > 0) {
    console.error('\n✖ web-ext lint found problems.');
    process.exit(1);
  }
}

function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests ?? 0 };
}

const unitReport = join(reports, 'unit.json');
const unitFarZoneReport = join(reports, 'unit-kiritimati.json');
const e2eReport = join(reports, 'e2e.json');
const reporterArgs = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

run('type-check', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['biome', 'check', '.']);
// Dates are UTC calendar dates: the unit tests run in UTC and in a zone 14 hours ahead of it; the
// second pass also reads the messages in German (test/unit/messages.ts).
run('unit tests (UTC, English)', 'npx', ['vitest', 'run', ...reporterArgs(unitReport)], { TZ: 'UTC' });
run('unit tests (Pacific/Kiritimati, German)', 'npx', ['vitest', 'run', ...reporterArgs(unitFarZoneReport)], {
  TZ: 'Pacific/Kiritimati',
  SCOPEWISE_LOCALE: 'de',
});
/** `npm run test:presets`, echoed; returns its closing `N passed, M failed` as counts. */
function runPresets() {
  console.log('\n▶ preset evidence: npm run test:presets');
  const result = spawnSync('npm', ['run', '--silent', 'test:presets'], { encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) {
    console.error(`\n✖ preset evidence failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  const [, passed = '0', failed = '0'] = /(\d+) passed, (\d+) failed\s*$/.exec(result.stdout) ?? [];
  return { passed: Number(passed), failed: Number(failed) };
}

const presets = runPresets();
run('build', 'npm', ['run', 'build']);
run('build (e2e variant: a self-managed test host pre-granted)', 'npx', ['wxt', 'build', '--mode', 'e2e']);
lintFirefoxBuild();
run('end-to-end tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...reporterArgs(e2eReport)]);

const unitUtc = vitestCounts(unitReport);
const unitFar = vitestCounts(unitFarZoneReport);
const unit = { passed: unitUtc.passed + unitFar.passed, failed: unitUtc.failed + unitFar.failed };
const e2e = vitestCounts(e2eReport);
if (e2e.passed === 0) {
  console.error('\n✖ No end-to-end test ran.');
  process.exit(1);
}
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`presets: ${presets.passed} passed, ${presets.failed} failed`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(
  `total: ${unit.passed + presets.passed + e2e.passed} passed, ${unit.failed + presets.failed + e2e.failed} failed`,
);
