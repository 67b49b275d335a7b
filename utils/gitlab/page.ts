/**
 * Which GitLab token page this is, from the URL and `body[data-page]` alone (a pure function, so
 * it is table-tested). `data-page` is GitLab's `controller:action` and works under any relative
 * URL root; the path suffix is the fallback for pages that lack it.
 */

export type TokenOwner = 'personal' | 'project' | 'group';
export type TokenRoute = 'index' | 'legacy_new' | 'granular_new';

export interface TokenPage {
  owner: TokenOwner;
  route: TokenRoute;
  /** Relative URL root of the instance (`''` or e.g. `/gitlab`), known for personal pages. */
  root: string;
}

const DATA_PAGES: Record<string, Omit<TokenPage, 'root'>> = {
  // ≤16.6; `create` is the re-rendered index after a failed plain POST (≤14.x).
  'profiles:personal_access_tokens:index': { owner: 'personal', route: 'index' },
  'profiles:personal_access_tokens:create': { owner: 'personal', route: 'index' },
  // 16.7+
  'user_settings:personal_access_tokens:index': { owner: 'personal', route: 'index' },
  'user_settings:personal_access_tokens:create': { owner: 'personal', route: 'index' },
  // 18.7+ with the fine-grained UI
  'user_settings:personal_access_tokens:legacy_new': { owner: 'personal', route: 'legacy_new' },
  'user_settings:personal_access_tokens:granular_new': { owner: 'personal', route: 'granular_new' },
  'projects:settings:access_tokens:index': { owner: 'project', route: 'index' },
  'groups:settings:access_tokens:index': { owner: 'group', route: 'index' },
};

const PERSONAL_PATH =
  /^(.*?)\/(?:-\/)?(?:profile|user_settings)\/personal_access_tokens(\/legacy\/new|\/granular\/new)?\/?$/;
const GROUP_PATH = /^(.*?)\/groups\/[^/].*\/-\/settings\/access_tokens\/?$/;
const PROJECT_PATH = /^(.*?)\/[^/]+\/.+\/-\/settings\/access_tokens\/?$/;

function fromPath(pathname: string): TokenPage | undefined {
  const personal = PERSONAL_PATH.exec(pathname);
  if (personal) {
    const suffix = personal[2];
    const route: TokenRoute =
      suffix === '/legacy/new' ? 'legacy_new' : suffix === '/granular/new' ? 'granular_new' : 'index';
    // `//gitlab` would make every link Scopewise builds from the root protocol-relative (another host).
    return { owner: 'personal', route, root: (personal[1] ?? '').replace(/\/{2,}/g, '/') };
  }
  if (GROUP_PATH.test(pathname)) return { owner: 'group', route: 'index', root: '' };
  if (PROJECT_PATH.test(pathname)) return { owner: 'project', route: 'index', root: '' };
  return undefined;
}

export function detectTokenPage(url: string | URL, dataPage: string | undefined): TokenPage | undefined {
  const { pathname } = new URL(url);
  const byPath = fromPath(pathname);
  if (dataPage) {
    const known = DATA_PAGES[dataPage];
    // A page GitLab names, but not one of ours: stay out of the way even if the path looks right.
    if (!known) return undefined;
    return { ...known, root: byPath?.owner === known.owner ? byPath.root : '' };
  }
  return byPath;
}

/*
 * Where features run (Refined GitHub's page-detect): each feature names the pages it runs on with
 * these, and a content script runs on the pages where at least one of its features does.
 */

/** Pages with a legacy (scopes) form or a token list: every token page but the fine-grained form. */
export const hasLegacyForm = (page: TokenPage): boolean => page.route !== 'granular_new';
export const isFineGrainedForm = (page: TokenPage): boolean => page.route === 'granular_new';
/** The personal token list, which on 19.x has no form, only a "Generate token" dropdown. */
export const isPersonalTokenIndex = (page: TokenPage): boolean => page.owner === 'personal' && page.route === 'index';
