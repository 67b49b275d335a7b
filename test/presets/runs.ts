/**
 * The real client behind each `Verified` preset (utils/catalog/presets.ts,
 * fine-grained-presets.ts): what it does against the lab (test/presets/lab.ts) with a token, and
 * which of GitLab's errors it must show when a grant is missing. `npm run test:presets`
 * (scripts/test-presets.mts) runs each with exactly the preset's grants, which must succeed, and
 * without each grant in turn, which must fail with that error; test/unit/catalog.test.ts holds the
 * catalog's `Verified` marks and this table to the same presets and clients.
 */
import { join } from 'node:path';
import type { Lab, Outcome } from './lab';

export type PresetKind = 'legacy' | 'fine-grained';

export interface PresetRun {
  kind: PresetKind;
  id: string;
  /** The catalog's `evidence.client`. */
  client: string;
  run(lab: Lab, token: string): Promise<Outcome>;
  /** GitLab's (or the registry's) refusal, as the client reports it. */
  refusal: RegExp;
}

const DASHBOARD = join(import.meta.dirname, 'dashboard.py');
/** Debian's interpreter, where python3-gitlab is installed (not a pyenv or venv one). */
const PYTHON = '/usr/bin/python3';

let runs = 0;
const fresh = (lab: Lab, name: string) => join(lab.dir, `${name}-${++runs}`);

/** Git as a user runs it: the token as the password of any user name, from a credential helper. */
function git(lab: Lab, token: string, args: string[]): Promise<Outcome> {
  const helper = '!f() { echo username=scopewise; echo "password=$SCOPEWISE_TOKEN"; }; f';
  return lab.client(
    'git',
    ['-c', `http.sslCAInfo=${lab.certFile}`, '-c', 'credential.helper=', '-c', `credential.helper=${helper}`, ...args],
    token,
  );
}

/** Runs steps in order, stopping at the first that fails; the outcome says what each printed. */
async function steps(...actions: Array<() => Promise<Outcome>>): Promise<Outcome> {
  const outputs: string[] = [];
  for (const action of actions) {
    const outcome = await action();
    outputs.push(outcome.output);
    if (!outcome.ok) return { ok: false, output: outputs.join('\n') };
  }
  return { ok: true, output: outputs.join('\n') };
}

const cloneAndPull = (lab: Lab, token: string) => {
  const dir = fresh(lab, 'clone');
  return steps(
    () => git(lab, token, ['clone', lab.gitUrl, dir]),
    () => git(lab, token, ['-C', dir, 'fetch', 'origin']),
    () => git(lab, token, ['-C', dir, 'pull', '--ff-only']),
  );
};

const cloneCommitPush = (lab: Lab, token: string) => {
  const dir = fresh(lab, 'push');
  return steps(
    () => git(lab, token, ['clone', lab.gitUrl, dir]),
    () =>
      git(lab, token, [
        '-C',
        dir,
        '-c',
        'user.name=Alice',
        '-c',
        'user.email=alice@example.com',
        'commit',
        '--allow-empty',
        '-m',
        'Change',
      ]),
    () => git(lab, token, ['-C', dir, 'push', 'origin', 'HEAD:main']),
  );
};

const dashboard = (lab: Lab, token: string, ...flags: string[]) =>
  lab.client(PYTHON, [DASHBOARD, lab.sim.url, lab.certFile, ...flags], token);

const skopeo = (lab: Lab, token: string, source: string, destination: string) =>
  lab.client(
    'skopeo',
    [
      '--insecure-policy',
      'copy',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      '--src-creds',
      `scopewise:${token}`,
      '--dest-creds',
      `scopewise:${token}`,
      source,
      destination,
    ],
    token,
  );

/** Git's report of a refusal: GitLab's message (shown as `remote: …`) or its 401. */
const GIT_REFUSAL =
  /You are not allowed to (download|upload) code|Access denied: This operation requires[^\]\n]*\]|Authentication failed/;
/** python-gitlab's report of GitLab's 403 bodies. */
const API_REFUSAL = /insufficient_scope|Access denied: This operation requires[^\]\n]*\]/;
/**
 * skopeo's report of the token endpoint's 403 (GitLab's `DENIED`, whose body skopeo does not print)
 * or of the registry refusing a token that grants too little.
 */
const REGISTRY_REFUSAL =
  /Requesting bearer token: invalid status code from registry 403|requested access to the resource is denied|insufficient_scope/;

const pull = (lab: Lab, token: string) =>
  skopeo(lab, token, `docker://${lab.registry}/acme/widgets:seed`, `oci:${fresh(lab, 'pulled')}:latest`);
const push = async (lab: Lab, token: string) =>
  skopeo(lab, token, await lab.newImage(), `docker://${lab.registry}/acme/widgets:run-${++runs}`);

const runOf = (kind: PresetKind, run: Omit<PresetRun, 'kind'>): PresetRun => ({ kind, ...run });

export const PRESET_RUNS: readonly PresetRun[] = (['legacy', 'fine-grained'] as const).flatMap((kind) => [
  runOf(kind, { id: 'git-clone', client: 'git', run: cloneAndPull, refusal: GIT_REFUSAL }),
  runOf(kind, { id: 'git-push', client: 'git', run: cloneCommitPush, refusal: GIT_REFUSAL }),
  runOf(kind, {
    id: 'read-api',
    client: 'python-gitlab',
    run: (lab, token) => dashboard(lab, token),
    refusal: API_REFUSAL,
  }),
  runOf(kind, {
    id: 'deeptraq',
    client: 'git and python-gitlab',
    run: (lab, token) =>
      steps(
        () => cloneAndPull(lab, token),
        () => dashboard(lab, token, '--user-only'),
      ),
    refusal: new RegExp(`${GIT_REFUSAL.source}|${API_REFUSAL.source}`),
  }),
  runOf(kind, { id: 'registry-pull', client: 'skopeo', run: pull, refusal: REGISTRY_REFUSAL }),
  ...(kind === 'legacy'
    ? [runOf(kind, { id: 'registry-push', client: 'skopeo', run: push, refusal: REGISTRY_REFUSAL })]
    : []),
]);

export function presetRun(kind: PresetKind, id: string): PresetRun | undefined {
  return PRESET_RUNS.find((run) => run.kind === kind && run.id === id);
}
