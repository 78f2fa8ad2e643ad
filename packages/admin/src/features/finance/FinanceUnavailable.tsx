import { useTranslation } from 'react-i18next';

/** Finance is switched off on this server (the API answers NOT_FOUND): the page's error state, with nothing to retry. */
export function FinanceUnavailable() {
  const { t } = useTranslation('finance');
  return (
    <div className="state state-error" role="alert" data-testid="finance-disabled">
      <p>{t('disabled')}</p>
    </div>
  );
}
