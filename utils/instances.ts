/** A GitLab instance Scopewise watches. `base` includes the relative URL root, if any. */
export interface Instance {
  /** The normalised base URL, which is also its id: `https://corp.example/gitlab`. */
  base: string;
  label: string;
  /** Session: the browser's GitLab sign-in, no secret stored. Token: a token the user gave. */
  mode: 'session' | 'token';
}

export const GITLAB_COM: Instance = { base: 'https://gitlab.com', label: 'gitlab.com', mode: 'session' };

/** Why an address is not one of a GitLab, with what the words need (the options page words it). */
export type AddressProblem =
  | { kind: 'empty' | 'credentials' }
  | { kind: 'not-an-address'; text: string }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'host'; host: string }
  | { kind: 'root'; root: string };

export type NormalisedUrl =
  | { ok: true; base: string; origin: string; root: string }
  | { ok: false; error: AddressProblem };

/** GitLab paths people paste along with the instance (a page, a project, the sign-in page). */
const GITLAB_PAGE = /\/(?:-|users|dashboard|explore|admin|help|api)(?:\/.*)?$/;

/**
 * Normalises what a user types into the base URL of a GitLab instance: scheme, lower-case host,
 * port, relative URL root (`https://corp.example/gitlab`). Bad input gets the reason why.
 */
export function normaliseInstanceUrl(input: string): NormalisedUrl {
  const text = input.trim();
  if (!text) return { ok: false, error: { kind: 'empty' } };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: { kind: 'not-an-address', text } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: { kind: 'scheme', scheme: url.protocol.replace(':', '') } };
  }
  if (url.username || url.password) {
    return { ok: false, error: { kind: 'credentials' } };
  }
  if (!url.hostname || !/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname) || url.hostname.endsWith('.')) {
    return { ok: false, error: { kind: 'host', host: url.hostname } };
  }
  const root = url.pathname.replace(GITLAB_PAGE, '').replace(/\/+$/, '');
  if (/[^A-Za-z0-9._~/-]/.test(root)) return { ok: false, error: { kind: 'root', root } };
  const origin = url.origin.toLowerCase();
  return { ok: true, base: `${origin}${root}`, origin, root };
}
