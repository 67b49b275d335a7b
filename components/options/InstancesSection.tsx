import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
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
import { LabelledInput } from './LabelledInput';
import { RichText } from './RichText';

export type Say = (kind: 'ok' | 'error', text: string) => void;

/** What Scopewise's own token needs, least privilege first. */
function LeastPrivilege({ base }: { base: string }) {
  const readOnly = prefillUrl(base, undefined, {
    name: i18n.t('readApiToken.name'),
    scopes: ['read_api'],
    description: i18n.t('readApiToken.description'),
  });
  return (
    <p class="hint">
      <RichText text={i18n.t('options.tokenMode.leastPrivilege')} />{' '}
      <a href={readOnly} target="_blank" rel="noopener noreferrer">
        {i18n.t('options.tokenMode.createReadApi')}
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
    say('ok', i18n.t('options.tokenMode.forgotten', { instance: instance.label }));
  };

  if (new URL(instance.base).protocol !== 'https:') {
    return (
      <p class="error" role="alert">
        {i18n.t('options.tokenMode.needsHttps', { instance: instance.label })}
      </p>
    );
  }
  return (
    <div class="token-mode">
      <LeastPrivilege base={instance.base} />
      {saved ? (
        <p>
          {i18n.t('options.tokenMode.saved', { instance: instance.label })} {info && <span>{info} </span>}
          <button type="button" onClick={() => void forget()}>
            {i18n.t('options.tokenMode.forget', { instance: instance.label })}
          </button>
        </p>
      ) : (
        <form onSubmit={check}>
          <LabelledInput
            label={i18n.t('options.tokenMode.tokenFor', { instance: instance.label })}
            type="password"
            autoComplete="off"
            value={value}
            onValue={setValue}
          />
          <button type="submit" disabled={checking}>
            {checking ? i18n.t('options.tokenMode.checking') : i18n.t('options.tokenMode.checkAndSave')}
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
      <h2 id="instances-heading">{i18n.t('options.instances.heading')}</h2>
      <p>
        <RichText text={i18n.t('options.instances.intro')} />
      </p>
      {list.map((instance) => (
        <fieldset key={instance.base}>
          <legend>{instance.label}</legend>
          {access[instance.base] === false && (
            <p class="error" role="alert">
              {i18n.t('options.instances.noAccess', { instance: instance.label })}{' '}
              <button type="button" onClick={() => void allowHostAccess(instance).then(() => checkAccess(list))}>
                {i18n.t('options.instances.allowAccess')}
              </button>
            </p>
          )}
          <label>
            {i18n.t('options.instances.mode', { instance: instance.label })}{' '}
            <select
              value={instance.mode}
              onChange={(event) =>
                void setInstanceMode(list, instance, event.currentTarget.value as Instance['mode']).then(setList)
              }
            >
              <option value="session">{i18n.t('options.instances.session')}</option>
              <option value="token" disabled={new URL(instance.base).protocol !== 'https:'}>
                {i18n.t('options.instances.token')}
              </option>
            </select>
          </label>
          {instance.mode === 'token' && <TokenMode instance={instance} say={say} />}
          {isRemovable(instance) && (
            <button type="button" onClick={() => void removeInstance(list, instance).then(apply)}>
              {i18n.t('options.instances.remove', { instance: instance.label })}
            </button>
          )}
        </fieldset>
      ))}
      <form onSubmit={add}>
        <LabelledInput
          label={i18n.t('options.instances.address')}
          type="text"
          placeholder="https://gitlab.example.com"
          value={address}
          onValue={setAddress}
        />
        <button type="submit">{i18n.t('options.instances.add')}</button>
      </form>
      {plainHttp && (
        <div class="error" role="alert">
          <p>{i18n.t('options.instances.plainHttp', { instance: plainHttp.label })}</p>
          <button type="button" onClick={() => grantAndAdd(plainHttp)}>
            {i18n.t('options.instances.addOverHttp', { instance: plainHttp.label })}
          </button>{' '}
          <button type="button" onClick={() => setPlainHttp(undefined)}>
            {i18n.t('common.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
