import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { useUrlFilter } from '../../ui/use-url-filter';
import { PROJECT_STATUSES } from './project-statuses';

/** Status and search, both kept in the URL (?status=&q=) so back and reload show the same list. */
export function ProjectFilters() {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation('common');
  const [status, setStatus] = useUrlFilter('status');
  const [q, setQ] = useUrlFilter('q');
  const options = [{ value: '', label: t('filters.allStatuses') }, ...PROJECT_STATUSES.map((value) => ({ value, label: tc(`status.${value}`) }))];
  return (
    <div className="project-filters" role="search" aria-label={t('filters.label')}>
      <SelectField label={t('filters.status')} value={status} options={options} onChange={(e) => setStatus(e.target.value)} />
      {/* Keyed by the URL's query: back/forward show that search in the box too. */}
      <SearchBox key={q} initial={q} onSearch={setQ} />
    </div>
  );
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (value: string) => void }) {
  const { t } = useTranslation('projects');
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form className="project-search" onSubmit={submit}>
      <TextField label={t('filters.search')} type="search" value={value} onChange={(e) => setValue(e.target.value)} placeholder={t('filters.searchHint')} />
      <Button type="submit">{t('filters.apply')}</Button>
    </form>
  );
}
