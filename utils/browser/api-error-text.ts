import { i18n } from '#i18n';
import { type ApiProblem, isApiError } from '../api/errors';
import { schemaIssuesText } from './schema-issue-text';

/** What went wrong with a GitLab call, in the user's language (the client gives it as data: api/errors.ts). */
export function apiProblemText(problem: ApiProblem): string {
  const { host } = problem;
  switch (problem.kind) {
    case 'token-expired':
      return i18n.t('apiError.tokenExpired', { host });
    case 'token-revoked':
      return i18n.t('apiError.tokenRevoked', { host });
    case 'unauthorized':
      if (problem.cause === 'csrf') return i18n.t('apiError.noCsrfToken', { host });
      return problem.cause === 'session'
        ? i18n.t('apiError.signedOut', { host })
        : i18n.t('apiError.tokenRejected', { host });
    case 'insufficient-scope':
      return i18n.t('apiError.insufficientScope', { scopes: problem.scopes.join(i18n.t('apiError.or')) });
    case 'not-found':
      return i18n.t('apiError.notFound', { host });
    case 'rate-limited':
      return i18n.t('apiError.rateLimited', { host });
    case 'server':
      return i18n.t('apiError.server', { host, status: problem.status });
    case 'timeout':
      return i18n.t('apiError.timeout', { host, seconds: problem.seconds });
    case 'offline':
      if (problem.browserOffline) return i18n.t('apiError.offline', { host });
      return i18n.t('apiError.unreachable', { host, cause: problem.cause ?? i18n.t('apiError.networkError') });
    case 'needs-https':
      return i18n.t('apiError.needsHttps', { host });
    case 'redirect':
      return problem.target
        ? i18n.t('apiError.redirect', { host, target: problem.target })
        : i18n.t('apiError.redirectElsewhere', { host });
    case 'invalid-json':
      return i18n.t('apiError.invalidJson', { host });
    case 'schema':
      return i18n.t('apiError.schema', { host, path: problem.path, issues: schemaIssuesText(problem.issues) });
    case 'no-access':
      return i18n.t('apiError.noAccess', { host });
    case 'bad-request':
      return problem.detail
        ? i18n.t('apiError.badRequest', { host, detail: problem.detail })
        : i18n.t('apiError.badRequestBare', { host });
    case 'http':
      if (problem.status === 403)
        return problem.detail
          ? i18n.t('apiError.forbidden', { host, detail: problem.detail })
          : i18n.t('apiError.forbiddenBare', { host });
      return problem.detail
        ? i18n.t('apiError.http', { host, status: problem.status, detail: problem.detail })
        : i18n.t('apiError.httpBare', { host, status: problem.status });
  }
}

/** An API error in words, or `fallback` for any other error (whose message is not for users). */
export const errorText = (error: unknown, fallback: string): string =>
  isApiError(error) ? apiProblemText(error.problem) : fallback;
