import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createGitLabClient } from '@/utils/api/client';
import { isApiError } from '@/utils/api/errors';
import { updateBadge } from '@/utils/browser/badge';
import { registerTokenForms, unregisterTokenForms } from '@/utils/browser/dynamic-content-scripts';
import { hasHostAccess, requestHostAccess } from '@/utils/browser/host-access';
import {
  BADGE_DAYS_LIMITS,
  badgeDays,
  badgeScope,
  inLimits,
  instances as instancesItem,
  notificationsEnabled,
} from '@/utils/browser/storage';
import { forgetCache } from '@/utils/browser/token-cache';
import { setToken, tokenFor } from '@/utils/browser/token-vault';
import type { BadgeScope } from '@/utils/expiry-alerts';
import { prefillUrl } from '@/utils/gitlab/prefill';
import { GITLAB_COM, type Instance, normaliseInstanceUrl } from '@/utils/instances';
import { originPattern } from '@/utils/match-patterns';

type Say = (kind: 'ok' | 'error', text: string) => void;

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
    try {
      const client = createGitLabClient({ base: instance.base, credentials: { kind: 'token', token } });
      const self = await client.self();
      await setToken(instance.base, token);
      setSaved(true);
      setValue('');
      setInfo(
        `“${self.name}”: ${self.scopes.join(', ')}; ${self.expires_at ? `expires on ${self.expires_at}` : 'no expiry date'}.`,
      );
      say('ok', `Token saved for ${instance.label}.`);
    } catch (error) {
      say('error', `Token not saved. ${isApiError(error) ? error.message : 'The check failed.'}`);
    } finally {
      setChecking(false);
    }
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
          <button
            type="button"
            onClick={() =>
              void setToken(instance.base, undefined).then(() => {
                setSaved(false);
                setInfo(undefined);
                say('ok', `Token for ${instance.label} forgotten.`);
              })
            }
          >
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
  const [days, setDays] = useState(String(badgeDays.fallback));
  const [notify, setNotify] = useState(false);
  const [scope, setScope] = useState<BadgeScope>('all');
  /** An http address waits here until the user confirms the risk. */
  const [plainHttp, setPlainHttp] = useState<Instance | undefined>();
  const [access, setAccess] = useState<Record<string, boolean>>({});

  const checkAccess = async (next: readonly Instance[]) => {
    const entries = await Promise.all(
      next.map(async (instance) => [instance.base, await hasHostAccess(instance.base)] as const),
    );
    setAccess(Object.fromEntries(entries));
  };

  useEffect(() => {
    void instancesItem.getValue().then((stored) => {
      setList(stored);
      void checkAccess(stored);
    });
    void badgeDays.getValue().then((value) => setDays(String(value)));
    void notificationsEnabled.getValue().then(setNotify);
    void badgeScope.getValue().then(setScope);
  }, []);

  const save = async (next: Instance[]) => {
    setList(next);
    await instancesItem.setValue(next);
  };

  /** Asked from the click itself: browsers grant optional permissions only in a user gesture. */
  const grantAndAdd = (instance: Instance) => {
    setPlainHttp(undefined);
    void requestHostAccess(instance.base).then(async (granted) => {
      if (!granted) {
        say('error', `Scopewise needs access to ${instance.label} to work there; nothing was added.`);
        return;
      }
      const next = [...list, instance];
      await save(next);
      await registerTokenForms(instance);
      await checkAccess(next);
      setAddress('');
      say('ok', `Added ${instance.label}: its token forms get Scopewise, and the popup lists its tokens.`);
    });
  };

  const add = (event: Event) => {
    event.preventDefault();
    setPlainHttp(undefined);
    const normalised = normaliseInstanceUrl(address);
    if (!normalised.ok) {
      say('error', normalised.error);
      return;
    }
    if (list.some((instance) => instance.base === normalised.base)) {
      say('error', `${normalised.base} is already in the list.`);
      return;
    }
    const instance: Instance = {
      base: normalised.base,
      label: normalised.base.replace(/^https?:\/\//, ''),
      mode: 'session',
    };
    if (normalised.origin.startsWith('http:')) setPlainHttp(instance);
    else grantAndAdd(instance);
  };

  const remove = async (instance: Instance) => {
    const rest = list.filter((other) => other.base !== instance.base);
    await save(rest);
    await unregisterTokenForms(instance.base);
    await setToken(instance.base, undefined);
    await forgetCache(instance.base);
    // Given back only when no other instance on the same origin needs it. A host the browser
    // granted at install (not at runtime) cannot be removed; nothing is lost then.
    const pattern = originPattern(instance.base);
    if (!rest.some((other) => originPattern(other.base) === pattern))
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    await updateBadge();
    say('ok', `Removed ${instance.label}.`);
  };

  const setMode = async (instance: Instance, mode: Instance['mode']) => {
    await save(list.map((other) => (other.base === instance.base ? { ...other, mode } : other)));
    // Back in session mode, the token has no use left: it is not kept "just in case".
    if (mode === 'session') await setToken(instance.base, undefined);
  };

  return (
    <section>
      <h2>GitLab instances</h2>
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
              <button
                type="button"
                onClick={() =>
                  void requestHostAccess(instance.base).then(async (granted) => {
                    if (granted) await registerTokenForms(instance);
                    await checkAccess(list);
                  })
                }
              >
                Allow access
              </button>
            </p>
          )}
          <label>
            Mode for {instance.label}{' '}
            <select
              value={instance.mode}
              onChange={(event) => void setMode(instance, event.currentTarget.value as Instance['mode'])}
            >
              <option value="session">Session (no secret stored)</option>
              <option value="token" disabled={new URL(instance.base).protocol !== 'https:'}>
                Token
              </option>
            </select>
          </label>
          {instance.mode === 'token' && <TokenMode instance={instance} say={say} />}
          {instance.base !== GITLAB_COM.base && (
            <button type="button" onClick={() => void remove(instance)}>
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

      <h2>Expiry alerts</h2>
      <label>
        Badge counts tokens expiring within (days){' '}
        <input
          type="number"
          min={BADGE_DAYS_LIMITS.min}
          max={BADGE_DAYS_LIMITS.max}
          value={days}
          onInput={(event) => setDays(event.currentTarget.value)}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (inLimits(value, BADGE_DAYS_LIMITS)) void badgeDays.setValue(value).then(() => updateBadge());
            else say('error', `Badge days: a whole number from ${BADGE_DAYS_LIMITS.min} to ${BADGE_DAYS_LIMITS.max}.`);
          }}
        />
      </label>
      <label>
        Badge and notifications count{' '}
        <select
          value={scope}
          onChange={(event) => {
            const next = event.currentTarget.value as BadgeScope;
            setScope(next);
            void badgeScope.setValue(next).then(() => updateBadge());
          }}
        >
          <option value="all">All tokens I maintain (personal, project and group)</option>
          <option value="personal">Personal tokens only</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={notify}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            const apply = (granted: boolean) => {
              setNotify(granted && on);
              void notificationsEnabled.setValue(granted && on);
            };
            if (on) void browser.permissions.request({ permissions: ['notifications'] }).then(apply);
            else apply(false);
          }}
        />{' '}
        Notify me when a token crosses an expiry threshold (once per threshold)
      </label>
    </section>
  );
}
