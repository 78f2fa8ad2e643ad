import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/error-message';
import { SelectField } from '../../ui/Field';
import { useAssignableUsers } from './use-assignable-users';

/** A contractor or expert to assign, from the active users of that role; empty means not assigned. */
export function AssigneeSelect({
  role,
  label,
  value,
  onChange,
  error,
}: {
  role: 'CONTRACTOR' | 'EXPERT';
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('projects');
  const { users, loading, error: loadError } = useAssignableUsers(role);
  const options = [{ value: '', label: loading ? t('create.loadingUsers') : t('create.notAssigned') }, ...users.map((user) => ({ value: user.id, label: user.name }))];
  return (
    <SelectField label={label} value={value} options={options} onChange={(e) => onChange(e.target.value)} error={error ?? (loadError ? errorMessage(loadError) : undefined)} />
  );
}
