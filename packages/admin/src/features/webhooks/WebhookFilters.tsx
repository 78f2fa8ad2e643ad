import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/Field';
import { useUrlFilter } from '../../ui/use-url-filter';
import { PROVIDERS, STATUSES } from './webhook-values';

/** Provider and status, kept in the URL; each change shows the first page of the new list. */
export function WebhookFilters() {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const [provider, setProvider] = useUrlFilter('provider');
  const [status, setStatus] = useUrlFilter('status');
  return (
    <div className="form-row" role="search" aria-label={t('filters')}>
      <SelectField
        label={t('columns.provider')}
        value={provider}
        onChange={(event) => setProvider(event.target.value)}
        options={[{ value: '', label: tc('all') }, ...PROVIDERS.map((value) => ({ value, label: t(`provider.${value}`) }))]}
      />
      <SelectField
        label={t('columns.status')}
        value={status}
        onChange={(event) => setStatus(event.target.value)}
        options={[{ value: '', label: tc('all') }, ...STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))]}
      />
    </div>
  );
}
