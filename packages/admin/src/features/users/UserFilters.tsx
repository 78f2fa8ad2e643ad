import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { useUrlFilter } from '../../ui/use-url-filter';
import { ROLES } from './user-values';

/**
 * Role and standing apply at once; the search applies on Enter or the button, so typing does
 * not add a history entry per letter. All three live in the URL.
 */
export function UserFilters() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const [role, setRole] = useUrlFilter('role');
  const [active, setActive] = useUrlFilter('active');
  const [search, setSearch] = useUrlFilter('search');
  return (
    <div className="form-row" role="search" aria-label={t('filters.label')}>
      <SelectField
        label={t('filters.role')}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        options={[{ value: '', label: tc('all') }, ...ROLES.map((value) => ({ value, label: tc(`role.${value}`) }))]}
      />
      <SelectField
        label={t('filters.active')}
        value={active}
        onChange={(event) => setActive(event.target.value)}
        options={[
          { value: '', label: tc('all') },
          { value: 'true', label: t('standing.active') },
          { value: 'false', label: t('standing.inactive') },
        ]}
      />
      {/* Keyed by the URL value: back / forward put the field back in step with the list. */}
      <SearchForm key={search} initial={search} onSearch={setSearch} />
    </div>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (value: string) => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form className="form-row user-search" onSubmit={submit}>
      <TextField label={t('filters.search')} type="search" value={value} onChange={(event) => setValue(event.target.value)} placeholder={t('filters.searchHint')} />
      <Button type="submit">{tc('search')}</Button>
    </form>
  );
}
