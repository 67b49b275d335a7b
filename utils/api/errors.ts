/** Every way a GitLab API call can fail, each with a message a person can act on. */
export type ApiErrorKind =
  | 'token-expired'
  | 'token-revoked'
  | 'unauthorized'
  | 'insufficient-scope'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'timeout'
  | 'offline'
  | 'invalid-json'
  | 'schema'
  | 'bad-request'
  | 'redirect'
  | 'no-access'
  | 'http';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    /** For `insufficient-scope`: the scopes GitLab says the call needs. */
    readonly neededScope?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
