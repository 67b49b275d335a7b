import { Component } from 'preact';
import { i18n } from '#i18n';
import { roleOf } from '@/utils/catalog/roles';
import type { CachedToken } from '@/utils/inventory';
import type { Severity } from '@/utils/risk';
import { roleText } from '../role-text';
import { type DateWords, exactUtc, expiryPhrase, relativeDays } from './format';

export type TokenAction = 'revoke' | 'rotate';

/** What a row shows as its reasons: a risk warning in words (warning-text.ts), or an inactive token's state. */
export interface RowLabel {
  severity: Severity;
  text: string;
}

export interface TokenRowProps {
  token: CachedToken;
  warnings: readonly RowLabel[];
  recreateUrl?: string;
  /** The Access tokens settings page of the token's project or group. */
  ownerUrl?: string;
  /** One stable callback for every row, so that an unchanged row is not rendered again. */
  onAction?: (kind: TokenAction, token: CachedToken) => void;
}

/** Dates in the language the page's messages are in (not the browser's, which may have no messages). */
const DATE_WORDS: DateWords = {
  days: new Intl.RelativeTimeFormat(i18n.t('language'), { numeric: 'auto' }),
  expired: (when) => i18n.t('popup.row.expired', { when }),
};

/** What a token may do: its scopes, or a fine-grained token's permissions (its scope is a placeholder). */
function grants(token: CachedToken): string {
  if (token.granular) {
    const permissions = token.granularPermissions ?? [];
    return permissions.length > 0 ? permissions.join(', ') : i18n.t('popup.row.fineGrainedPermissions');
  }
  return token.scopes.length > 0 ? token.scopes.join(', ') : i18n.t('popup.row.noScopes');
}

const roleLabel = (level: number) => {
  const role = roleOf(level);
  return role ? roleText(role) : i18n.t('popup.row.role', { level });
};

const sameRow = (a: TokenRowProps, b: TokenRowProps) =>
  a.token === b.token &&
  a.recreateUrl === b.recreateUrl &&
  a.ownerUrl === b.ownerUrl &&
  a.onAction === b.onAction &&
  a.warnings.map((warning) => warning.text).join('\n') === b.warnings.map((warning) => warning.text).join('\n');

/**
 * A refresh keeps unchanged tokens as the same objects (`reconcile`), and their rows are not
 * rendered again.
 */
export class TokenRow extends Component<TokenRowProps> {
  override shouldComponentUpdate(next: TokenRowProps): boolean {
    return !sameRow(this.props, next);
  }

  override render() {
    return <TokenRowView {...this.props} />;
  }
}

/**
 * A date in words with the exact UTC date in its title and in text: an expiry date visibly (the
 * date that matters), the others for screen readers only.
 */
function RelativeDate({ value, expiry }: { value: string; expiry?: boolean }) {
  const exact = exactUtc(value);
  return (
    <time dateTime={value} title={expiry ? i18n.t('popup.row.stopsAt', { date: exact }) : exact}>
      {expiry ? expiryPhrase(value, DATE_WORDS) : relativeDays(value, DATE_WORDS)}
      <span class={expiry ? undefined : 'visually-hidden'}> ({exact})</span>
    </time>
  );
}

/** One token, its reasons first. Every string from GitLab is rendered as text (Preact escapes it). */
function TokenRowView({ token, warnings, recreateUrl, ownerUrl, onAction }: TokenRowProps) {
  const { owner } = token;
  return (
    // Warnings come most severe first: the row's edge shows the worst.
    <li class={`token token--${warnings[0]?.severity ?? 'none'}`} data-token-id={token.id}>
      {warnings.length > 0 && (
        <ul class="warnings" aria-label={i18n.t('popup.row.warnings')}>
          {warnings.map((warning) => (
            <li key={warning.text} class={`warning warning--${warning.severity}`}>
              {warning.text}
            </li>
          ))}
        </ul>
      )}
      <div class="token-head">
        <strong class="token-name">{token.name}</strong>
        {token.granular && <span class="tag">{i18n.t('popup.row.fineGrained')}</span>}
        {onAction && (
          <span class="token-actions">
            <button
              type="button"
              data-action="rotate"
              onClick={() => onAction('rotate', token)}
              aria-label={i18n.t('popup.row.rotateToken', { name: token.name })}
            >
              {i18n.t('popup.row.rotate')}
            </button>
            <button
              type="button"
              class="danger"
              data-action="revoke"
              onClick={() => onAction('revoke', token)}
              aria-label={i18n.t('popup.row.revokeToken', { name: token.name })}
            >
              {i18n.t('popup.row.revoke')}
            </button>
          </span>
        )}
      </div>
      {owner && (
        <p class="token-owner">
          {owner.kind === 'project' ? i18n.t('popup.kind.project') : i18n.t('popup.kind.group')}{' '}
          {ownerUrl ? (
            <a href={ownerUrl} target="_blank" rel="noopener noreferrer">
              {owner.path}
            </a>
          ) : (
            owner.path
          )}
          {token.accessLevel !== undefined && ` · ${roleLabel(token.accessLevel)}`}
        </p>
      )}
      {token.description && <p class="token-description">{token.description}</p>}
      <p class="token-scopes">{grants(token)}</p>
      <dl class="token-dates">
        <dt>{i18n.t('popup.row.created')}</dt>
        <dd>
          <RelativeDate value={token.created_at} />
        </dd>
        <dt>{i18n.t('popup.row.lastUsed')}</dt>
        <dd>{token.last_used_at ? <RelativeDate value={token.last_used_at} /> : i18n.t('popup.row.never')}</dd>
        <dt>{i18n.t('popup.row.expires')}</dt>
        <dd>{token.expires_at ? <RelativeDate value={token.expires_at} expiry /> : i18n.t('popup.row.never')}</dd>
      </dl>
      {recreateUrl && (
        <a class="recreate" href={recreateUrl} target="_blank" rel="noopener noreferrer">
          {i18n.t('popup.row.recreate', { name: token.name })}
        </a>
      )}
    </li>
  );
}
