import type { AppConfig } from '../core/config/config';
import { NotFoundError } from '../core/errors/domain-error';

/** Either flag off turns the finance API off; it then does not exist (NOT_FOUND / 404), rather than being forbidden. */
export function financeEnabled(config: AppConfig): boolean {
  return config.financeLedgerEnabled && config.financeMetricsEnabled;
}

export function assertFinanceEnabled(config: AppConfig): void {
  if (!financeEnabled(config)) throw new NotFoundError('Finance');
}
