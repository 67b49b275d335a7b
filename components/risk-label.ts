import { i18n } from '#i18n';
import type { RiskLevel } from '@/utils/catalog/schema';

/**
 * The risk labels every Scopewise surface shows, for legacy scopes and fine-grained permissions
 * alike. In English they are the names the issues and the tests use (`Critical risk`…).
 */
const LABELS: Record<RiskLevel | 'unknown', () => string> = {
  critical: () => i18n.t('risk.critical'),
  high: () => i18n.t('risk.high'),
  medium: () => i18n.t('risk.medium'),
  low: () => i18n.t('risk.low'),
  unknown: () => i18n.t('risk.unknown'),
};

export function riskLabel(risk: RiskLevel | 'unknown'): string {
  return LABELS[risk]();
}
