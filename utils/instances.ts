/** A GitLab instance Scopewise watches. `base` includes the relative URL root, if any. */
export interface Instance {
  /** The normalised base URL, which is also its id: `https://corp.example/gitlab`. */
  base: string;
  label: string;
  /** Session: the browser's GitLab sign-in, no secret stored. Token: a token the user gave. */
  mode: 'session' | 'token';
}

export const GITLAB_COM: Instance = { base: 'https://gitlab.com', label: 'gitlab.com', mode: 'session' };

export type NormalisedUrl = { ok: true; base: string; origin: string; root: string } | { ok: false; error: string };

/** GitLab paths people paste along with the instance (a page, a project, the sign-in page). */
const GITLAB_PAGE = /\/(?:-|users|dashboard|explore|admin|help|api)(?:\/.*)?$/;

/**
 * Normalises what a user types into the base URL of a GitLab instance: scheme, lower-case host,
 * port, relative URL root (`https://corp.example/gitlab`). Bad input gets a message saying why.
 */
export function normaliseInstanceUrl(input: string): NormalisedUrl {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Enter the address of your GitLab, e.g. https://gitlab.example.com.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `"${text}" is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `GitLab is reached over https (or http), not ${url.protocol.replace(':', '')}.` };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'Leave out user names and passwords: Scopewise never stores them in an address.' };
  }
  if (!url.hostname || !/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname) || url.hostname.endsWith('.')) {
    return { ok: false, error: `"${url.hostname}" is not a host name.` };
  }
  const root = url.pathname.replace(GITLAB_PAGE, '').replace(/\/+$/, '');
  if (/[^A-Za-z0-9._~/-]/.test(root)) return { ok: false, error: `"${root}" is not a GitLab relative URL root.` };
  const origin = url.origin.toLowerCase();
  return { ok: true, base: `${origin}${root}`, origin, root };
}
