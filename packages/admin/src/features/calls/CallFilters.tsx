import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../ui/Field';
import { CALL_SOURCES, CALL_STATUSES } from './call-request-enums';

/** Status and source, applied on change; kept in the URL and back to the first page. */
export function CallFilters() {
  const { t } = useTranslation('calls');
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const set = (key: 'status' | 'source', value: string) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const all = { value: '', label: tc('all') };
  return (
    <div className="card form-row" role="search" aria-label={t('filter.title')}>
      <SelectField
        label={t('filter.status')}
        value={params.get('status') ?? ''}
        onChange={(e) => set('status', e.target.value)}
        options={[all, ...CALL_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))]}
      />
      <SelectField
        label={t('filter.source')}
        value={params.get('source') ?? ''}
        onChange={(e) => set('source', e.target.value)}
        options={[all, ...CALL_SOURCES.map((source) => ({ value: source, label: t(`source.${source}`) }))]}
      />
    </div>
  );
}
