import type { SchemaIssue } from '../schema-errors';

/**
 * Every way a GitLab API call can fail, with the values its words need and no words: the pages
 * and the worker word it in the user's language (utils/browser/api-error-text.ts), and a project's
 * failure is cached as this data. A value that comes from outside (GitLab's `detail`, the
 * runtime's network error, the paths of `issues`) never carries the token: the client redacts it first.
 */
export type ApiProblem =
  | {
      kind: 'token-expired' | 'token-revoked' | 'not-found' | 'rate-limited' | 'invalid-json' | 'no-access';
      host: string;
    }
  /** `session`: not signed in; `token`: the token is unknown; `csrf`: no CSRF token for a session-mode write. */
  | { kind: 'unauthorized'; host: string; cause: 'session' | 'token' | 'csrf' }
  /** The scopes GitLab says the call needs, any one of them. */
  | { kind: 'insufficient-scope'; host: string; scopes: string[] }
  | { kind: 'server'; host: string; status: number }
  | { kind: 'timeout'; host: string; seconds: number }
  /** `cause`: what the runtime said, when the browser does not know itself offline. */
  | { kind: 'offline'; host: string; browserOffline: boolean; cause?: string }
  /** Token mode over plain http. */
  | { kind: 'needs-https'; host: string }
  /** `target`: the host it pointed to, when the runtime lets Scopewise see it and it is another. */
  | { kind: 'redirect'; host: string; target?: string }
  /** `path`: the API's; `issues`: the fields of GitLab's answer at fault. */
  | { kind: 'schema'; host: string; path: string; issues: SchemaIssue[] }
  /** GitLab's own explanation, where it gave one. */
  | { kind: 'bad-request'; host: string; detail?: string }
  | { kind: 'http'; host: string; status: number; detail?: string };

export type ApiErrorKind = ApiProblem['kind'];

export class ApiError extends Error {
  readonly kind: ApiErrorKind;

  constructor(
    readonly problem: ApiProblem,
    readonly status?: number,
  ) {
    // For logs only: what went wrong and where, no words (and so never a value from outside).
    super(`${problem.kind} on ${problem.host}`);
    this.name = 'ApiError';
    this.kind = problem.kind;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
