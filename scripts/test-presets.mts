#!/usr/bin/env tsx
/**
 * `npm run test:presets`: every built-in preset's evidence, checked. A preset marked `Verified`
 * has its real client (test/presets/runs.ts) run against the GitLab simulator with exactly its
 * grants (it must succeed) and without each grant in turn (it must fail with GitLab's error); a
 * `Documented` or `Experimental` one is reported as such. One line per preset, then
 * `N passed, M failed`; exits 1 if any failed, so no preset keeps `Verified` without a passing run.
 * Writes test-results/presets.json for the record.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { type Lab, startLab } from '../test/presets/lab';
import { type PresetKind, type PresetRun, presetRun } from '../test/presets/runs';
import type { GranularGrant } from '../test/simulator/scope-rules';
import { FINE_GRAINED_PRESETS } from '../utils/catalog/fine-grained-presets';
import { BUILTIN_PRESETS } from '../utils/catalog/presets';
import type { Evidence } from '../utils/catalog/schema';

/** A token's grants: legacy scopes, or fine-grained permissions per boundary. */
type Grants = { scopes: string[] } | { namespace: string[]; user: string[] };

function grantList(grants: Grants): string[] {
  return 'scopes' in grants ? grants.scopes : [...grants.namespace, ...grants.user];
}

function without(grants: Grants, grant: string): Grants {
  if ('scopes' in grants) return { scopes: grants.scopes.filter((scope) => scope !== grant) };
  return {
    namespace: grants.namespace.filter((permission) => permission !== grant),
    user: grants.user.filter((permission) => permission !== grant),
  };
}

let tokens = 0;
/** A token holding exactly `grants`, for alice, on the project the lab serves. */
function tokenFor(lab: Lab, grants: Grants): string {
  const name = `preset run ${++tokens}`;
  if ('scopes' in grants) return lab.sim.api.addToken({ name, scopes: grants.scopes }).value;
  const grantList: GranularGrant[] = [];
  if (grants.namespace.length > 0)
    grantList.push({ access: 'SELECTED_MEMBERSHIPS', permissions: grants.namespace, project: 'acme/widgets' });
  if (grants.user.length > 0) grantList.push({ access: 'USER', permissions: grants.user });
  return lab.sim.api.addToken({ name, scopes: ['granular'], granular: true, granular_scopes: grantList }).value;
}

const lastLine = (output: string) => output.trim().split('\n').at(-1)?.slice(0, 160) ?? '';

/** Sufficient (succeeds with exactly `grants`) and minimal (fails with GitLab's error without any one). */
async function verify(lab: Lab, run: PresetRun, grants: Grants): Promise<{ ok: boolean; text: string }> {
  const full = await run.run(lab, tokenFor(lab, grants));
  if (!full.ok) return { ok: false, text: `FAILED: ${run.client} fails with exactly these: ${lastLine(full.output)}` };
  const refusals: string[] = [];
  for (const grant of grantList(grants)) {
    const less = await run.run(lab, tokenFor(lab, without(grants, grant)));
    if (less.ok) return { ok: false, text: `FAILED: not minimal, ${run.client} still works without ${grant}` };
    const refusal = run.refusal.exec(less.output)?.[0];
    if (!refusal)
      return {
        ok: false,
        text: `FAILED: without ${grant}, ${run.client} fails but not with GitLab's error: ${lastLine(less.output)}`,
      };
    refusals.push(`without ${grant}: ${refusal}`);
  }
  return { ok: true, text: `verified (${run.client}; ${refusals.join('; ')})` };
}

interface Result {
  kind: PresetKind;
  id: string;
  name: string;
  evidence: Evidence['kind'];
  ok: boolean;
  text: string;
}

async function check(
  lab: Lab | undefined,
  kind: PresetKind,
  preset: { id: string; name: string; evidence: Evidence },
  grants: Grants,
): Promise<Result> {
  const base = { kind, id: preset.id, name: preset.name, evidence: preset.evidence.kind };
  const { evidence } = preset;
  if (evidence.kind === 'documented') return { ...base, ok: true, text: `documented (read ${evidence.read})` };
  if (evidence.kind === 'experimental')
    return { ...base, ok: true, text: evidence.issue ? `experimental (${evidence.issue})` : 'experimental' };
  const run = presetRun(kind, preset.id);
  if (!run) return { ...base, ok: false, text: 'FAILED: marked Verified, but no run exists for it' };
  if (run.client !== evidence.client)
    return {
      ...base,
      ok: false,
      text: `FAILED: marked Verified with ${evidence.client}, but its run uses ${run.client}`,
    };
  if (!lab) return { ...base, ok: false, text: 'FAILED: the lab did not start' };
  return { ...base, ...(await verify(lab, run, grants)) };
}

let lab: Lab | undefined;
let labError = '';
try {
  lab = await startLab();
} catch (error) {
  labError = error instanceof Error ? error.message : String(error);
  console.error(`The lab did not start: ${labError}`);
}
const results: Result[] = [];
try {
  for (const preset of BUILTIN_PRESETS) {
    const result = await check(lab, 'legacy', preset, { scopes: [...preset.scopes] });
    results.push(result);
    console.log(`legacy ${preset.name}: ${result.text}`);
  }
  for (const preset of FINE_GRAINED_PRESETS) {
    const grants = { namespace: [...(preset.permissions.namespace ?? [])], user: [...(preset.permissions.user ?? [])] };
    const result = await check(lab, 'fine-grained', preset, grants);
    results.push(result);
    console.log(`fine-grained ${preset.name}: ${result.text}`);
  }
} finally {
  await lab?.close();
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/presets.json', `${JSON.stringify({ labError, results }, null, 2)}\n`);
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
