import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { ACTOR_TYPES, ENTITY_TYPES, FILTER_KEYS, isUuid, readFilterParams, type AuditFilterParams } from './audit-filter';

/**
 * The filter form; applying it writes the URL (and goes back to the first page), so the page
 * reads its filter from one place. Remounted by the page when the URL changes (back/forward).
 */
export function AuditFilters() {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState<AuditFilterParams>(() => readFilterParams(params));
  const [entityIdError, setEntityIdError] = useState<string>();
  const set = (key: keyof AuditFilterParams) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const entityId = values.entityId.trim();
    if (entityId && !isUuid(entityId)) {
      setEntityIdError(t('filter.entityIdInvalid'));
      return;
    }
    setEntityIdError(undefined);
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = key === 'entityId' ? entityId : values[key];
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  const active = FILTER_KEYS.some((key) => params.has(key));
  const all = { value: '', label: tc('all') };
  return (
    <form className="card" onSubmit={apply} aria-label={t('filter.title')} noValidate>
      <div className="form-row">
        <SelectField
          label={t('filter.entityType')}
          value={values.entityType}
          onChange={set('entityType')}
          options={[all, ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`entityType.${type}`) }))]}
        />
        <TextField label={t('filter.entityId')} value={values.entityId} onChange={set('entityId')} error={entityIdError} spellCheck={false} autoComplete="off" />
        <SelectField
          label={t('filter.actorType')}
          value={values.actorType}
          onChange={set('actorType')}
          options={[all, ...ACTOR_TYPES.map((type) => ({ value: type, label: t(`actorType.${type}`) }))]}
        />
      </div>
      <div className="form-row">
        <TextField label={t('filter.from')} type="date" value={values.from} onChange={set('from')} />
        <TextField label={t('filter.to')} type="date" value={values.to} onChange={set('to')} />
        <div className="field page-actions">
          <Button type="submit" variant="primary">
            {tc('filter')}
          </Button>
          {active && <Button onClick={() => setParams(new URLSearchParams())}>{t('filter.clear')}</Button>}
        </div>
      </div>
    </form>
  );
}
