import { useEffect, useState } from 'preact/hooks';
import { setToken, tokenFor } from '@/utils/browser/token-vault';
import { prefillUrl } from '@/utils/gitlab/prefill';
import { GITLAB_COM, type Instance } from '@/utils/instances';
import {
  addInstance,
  allowHostAccess,
  checkAndSaveToken,
  hostAccessOf,
  type InstanceChange,
  instanceFromAddress,
  isRemovable,
  removeInstance,
  setInstanceMode,
  storedInstances,
} from './instance-service';

export type Say = (kind: 'ok' | 'error', text: string) => void;

/** What Scopewise's own token needs, least privilege first. */
function LeastPrivilege({ base }: { base: string }) {
  const readOnly = prefillUrl(base, undefined, {
    name: 'Scopewise (read-only)',
    scopes: ['read_api'],
    description: 'Scopewise browser extension: lists my tokens.',
  });
  return (
    <p class="hint">
      Scopewise needs <code>read_api</code> to list your tokens and the access tokens of the projects you maintain and
      the groups you own, and <code>api</code> only if you want Revoke and Rotate from the popup (GitLab requires it for
      every token write). Session mode needs neither. For your personal tokens alone, on GitLab 18.10 and later, a
      fine-grained token with just the read, rotate and revoke personal access token permissions is far narrower than{' '}
      <code>api</code>.{' '}
      <a href={readOnly} target="_blank" rel="noopener noreferrer">
        Create a read_api token
      </a>
    </p>
  );
}

function TokenMode({ instance, say }: { instance: Instance; say: Say }) {
  const [saved, setSaved] = useState<boolean>(false);
  const [value, setValue] = useState('');
  const [checking, setChecking] = useState(false);
  const [info, setInfo] = useState<string | undefined>();
  useEffect(() => {
    void tokenFor(instance.base).then((token) => setSaved(Boolean(token)));
  }, [instance.base]);

  const check = async (event: Event) => {
    event.preventDefault();
    const token = value.trim();
    if (!token) return;
    setChecking(true);
    const result = await checkAndSaveToken(instance, token);
    setChecking(false);
    if (result.ok) {
      setSaved(true);
      setValue('');
      setInfo(result.summary);
    }
    say(result.ok ? 'ok' : 'error', result.message);
  };

  const forget = async () => {
    await setToken(instance.base, undefined);
    setSaved(false);
    setInfo(undefined);
    say('ok', `Token for ${instance.label} forgotten.`);
  };

  if (new URL(instance.base).protocol !== 'https:') {
    return (
      <p class="error" role="alert">
        Token mode needs https: over http, {instance.label} would receive the token in clear text, readable by anyone on
        the network path. Scopewise stays in session mode here.
      </p>
    );
  }
  return (
    <div class="token-mode">
      <LeastPrivilege base={instance.base} />
      {saved ? (
        <p>
          A token is saved for {instance.label} (kept in this browser only, where GitLab's pages cannot read it).{' '}
          {info && <span>{info} </span>}
          <button type="button" onClick={() => void forget()}>
            Forget token for {instance.label}
          </button>
        </p>
      ) : (
        <form onSubmit={check}>
          <label>
            Token for {instance.label}{' '}
            <input
              type="password"
              autoComplete="off"
              value={value}
              onInput={(event) => setValue(event.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={checking}>
            {checking ? 'Checking…' : 'Check and save token'}
          </button>
        </form>
      )}
    </div>
  );
}

export function InstancesSection({ say }: { say: Say }) {
  const [list, setList] = useState<Instance[]>([GITLAB_COM]);
  const [address, setAddress] = useState('');
  /** An http address waits here until the user confirms the risk. */
  const [plainHttp, setPlainHttp] = useState<Instance | undefined>();
  const [access, setAccess] = useState<Record<string, boolean>>({});

  const checkAccess = async (next: readonly Instance[]) => setAccess(await hostAccessOf(next));

  useEffect(() => {
    void storedInstances().then((stored) => {
      setList(stored);
      void checkAccess(stored);
    });
  }, []);

  const apply = async (change: InstanceChange) => {
    say(change.ok ? 'ok' : 'error', change.message);
    if (!change.ok) return;
    setList(change.list);
    await checkAccess(change.list);
  };

  /** Asked from the click itself: browsers grant optional permissions only in a user gesture. */
  const grantAndAdd = (instance: Instance) => {
    setPlainHttp(undefined);
    void addInstance(list, instance).then(async (change) => {
      if (change.ok) setAddress('');
      await apply(change);
    });
  };

  const add = (event: Event) => {
    event.preventDefault();
    setPlainHttp(undefined);
    const parsed = instanceFromAddress(address, list);
    if (!parsed.ok) say('error', parsed.message);
    else if (parsed.plainHttp) setPlainHttp(parsed.instance);
    else grantAndAdd(parsed.instance);
  };

  return (
    <section aria-labelledby="instances-heading">
      <h2 id="instances-heading">Instances</h2>
      <p>
        In <strong>session mode</strong> (the default) Scopewise uses your GitLab sign-in in this browser and stores no
        secret. In <strong>token mode</strong> it uses a token you give it, kept in this browser only and sent only to
        its own instance.
      </p>
      {list.map((instance) => (
        <fieldset key={instance.base}>
          <legend>{instance.label}</legend>
          {access[instance.base] === false && (
            <p class="error" role="alert">
              Scopewise has no access to {instance.label}: its token forms stay bare and its tokens cannot be listed.{' '}
              <button type="button" onClick={() => void allowHostAccess(instance).then(() => checkAccess(list))}>
                Allow access
              </button>
            </p>
          )}
          <label>
            Mode for {instance.label}{' '}
            <select
              value={instance.mode}
              onChange={(event) =>
                void setInstanceMode(list, instance, event.currentTarget.value as Instance['mode']).then(setList)
              }
            >
              <option value="session">Session (no secret stored)</option>
              <option value="token" disabled={new URL(instance.base).protocol !== 'https:'}>
                Token
              </option>
            </select>
          </label>
          {instance.mode === 'token' && <TokenMode instance={instance} say={say} />}
          {isRemovable(instance) && (
            <button type="button" onClick={() => void removeInstance(list, instance).then(apply)}>
              Remove {instance.label}
            </button>
          )}
        </fieldset>
      ))}
      <form onSubmit={add}>
        <label>
          Self-managed GitLab address{' '}
          <input
            type="text"
            placeholder="https://gitlab.example.com"
            value={address}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
        </label>
        <button type="submit">Add instance</button>
      </form>
      {plainHttp && (
        <div class="error" role="alert">
          <p>
            {plainHttp.label} is reached over plain http: your GitLab session cookie travels in clear text, readable by
            anyone on the network path, and token mode is not available there.
          </p>
          <button type="button" onClick={() => grantAndAdd(plainHttp)}>
            Add {plainHttp.label} over http anyway
          </button>{' '}
          <button type="button" onClick={() => setPlainHttp(undefined)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
