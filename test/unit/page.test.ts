import { describe, expect, it } from 'vitest';
import { detectTokenPage } from '../../utils/gitlab/page';

const CASES: Array<[string, string | undefined, ReturnType<typeof detectTokenPage>]> = [
  // 14.x – 16.6
  [
    'https://gitlab.com/-/profile/personal_access_tokens',
    'profiles:personal_access_tokens:index',
    { owner: 'personal', route: 'index', root: '' },
  ],
  [
    'https://gitlab.com/-/profile/personal_access_tokens',
    'profiles:personal_access_tokens:create',
    { owner: 'personal', route: 'index', root: '' },
  ],
  // 16.7+, with and without relative URL roots
  [
    'https://gitlab.com/-/user_settings/personal_access_tokens?name=x',
    'user_settings:personal_access_tokens:index',
    { owner: 'personal', route: 'index', root: '' },
  ],
  [
    'https://corp.example/gitlab/-/user_settings/personal_access_tokens',
    'user_settings:personal_access_tokens:index',
    { owner: 'personal', route: 'index', root: '/gitlab' },
  ],
  [
    'https://corp.example/tools/gitlab/-/user_settings/personal_access_tokens/',
    'user_settings:personal_access_tokens:index',
    { owner: 'personal', route: 'index', root: '/tools/gitlab' },
  ],
  [
    'https://corp.example/gitlab/-/user_settings/personal_access_tokens/legacy/new',
    'user_settings:personal_access_tokens:legacy_new',
    { owner: 'personal', route: 'legacy_new', root: '/gitlab' },
  ],
  [
    'https://gitlab.com/-/user_settings/personal_access_tokens/granular/new',
    'user_settings:personal_access_tokens:granular_new',
    { owner: 'personal', route: 'granular_new', root: '' },
  ],
  // project and group pages
  [
    'https://gitlab.com/acme/widgets/-/settings/access_tokens',
    'projects:settings:access_tokens:index',
    { owner: 'project', route: 'index', root: '' },
  ],
  [
    'https://gitlab.com/acme/sub/widgets/-/settings/access_tokens',
    'projects:settings:access_tokens:index',
    { owner: 'project', route: 'index', root: '' },
  ],
  [
    'https://gitlab.com/groups/acme/-/settings/access_tokens',
    'groups:settings:access_tokens:index',
    { owner: 'group', route: 'index', root: '' },
  ],
  // no data-page (older pages, error pages): the path decides
  ['https://gitlab.com/-/profile/personal_access_tokens', undefined, { owner: 'personal', route: 'index', root: '' }],
  [
    'https://corp.example/gitlab/-/user_settings/personal_access_tokens/legacy/new',
    undefined,
    { owner: 'personal', route: 'legacy_new', root: '/gitlab' },
  ],
  [
    'https://gitlab.com/groups/acme/sub/-/settings/access_tokens',
    undefined,
    { owner: 'group', route: 'index', root: '' },
  ],
  [
    'https://gitlab.com/acme/widgets/-/settings/access_tokens',
    undefined,
    { owner: 'project', route: 'index', root: '' },
  ],
  // a root of repeated slashes would make links built from it protocol-relative (another host)
  [
    'https://corp.example//gitlab/-/user_settings/personal_access_tokens',
    undefined,
    { owner: 'personal', route: 'index', root: '/gitlab' },
  ],
  // not token pages
  ['https://gitlab.com/explore/projects?q=-/user_settings/personal_access_tokens', undefined, undefined],
  ['https://gitlab.com/dashboard/projects', 'dashboard:projects:index', undefined],
  ['https://gitlab.com/dashboard/projects', undefined, undefined],
  ['https://gitlab.com/-/user_settings/personal_access_tokens.ics', undefined, undefined],
  ['https://gitlab.com/-/user_settings/profile', 'user_settings:profiles:show', undefined],
  // a path that looks right on a page GitLab names otherwise (e.g. an error page): stay away
  ['https://gitlab.com/-/user_settings/personal_access_tokens', 'errors:not_found', undefined],
  ['https://gitlab.com/admin/impersonation_tokens', 'admin:impersonation_tokens:index', undefined],
];

describe('detectTokenPage', () => {
  it.each(CASES)('%s (data-page %s)', (url, dataPage, expected) => {
    expect(detectTokenPage(url, dataPage)).toEqual(expected);
  });
});
