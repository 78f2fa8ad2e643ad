import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { FormMessage } from '../../ui/States';
import { AssigneeSelect } from './AssigneeSelect';
import { errorField } from '../../lib/error-message';
import { CreateProject } from './projects.graphql';
import { KNOWN_SERVICE_TYPES, useServiceTypeLabel } from './service-type';
import './projects.css';

const EMPTY = { name: '', phone: '', email: '', address: '', serviceType: '', area: '', contractorId: '', expertId: '' };
type FormField = keyof typeof EMPTY;

// The API's names for the fields (extensions.field / validation errors) mapped to this form's.
const API_FIELD: Record<string, FormField> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  address: 'address',
  serviceType: 'serviceType',
  areaM2: 'area',
  contractorId: 'contractorId',
  expertId: 'expertId',
};

const orNull = (value: string) => value.trim() || null;

/** A new project in DRAFT: the client, the job, and optionally who does it; then its page. */
export default function CreateProjectPage() {
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const serviceType = useServiceTypeLabel();
  const [form, setForm] = useState(EMPTY);
  const [localErrors, setLocalErrors] = useState<Partial<Record<FormField, string>>>({});
  const [createProject, { loading, error }] = useMutation(CreateProject);
  const set = (field: FormField) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  const apiField = error ? API_FIELD[errorField(error) ?? ''] : undefined;
  const fieldError = (field: FormField) => localErrors[field] ?? (apiField === field ? t(`create.invalid.${field}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const area = form.area.trim() ? Number(form.area.replace(',', '.')) : null;
    const errors: Partial<Record<FormField, string>> = {};
    if (!form.name.trim()) errors.name = t('create.required');
    if (area !== null && !(area > 0)) errors.area = t('create.invalid.area');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;

    const input = {
      clientInfo: { name: form.name.trim(), phone: orNull(form.phone), email: orNull(form.email), address: orNull(form.address) },
      serviceType: orNull(form.serviceType),
      areaM2: area,
      contractorId: orNull(form.contractorId),
      expertId: orNull(form.expertId),
    };
    const result = await createProject({ variables: { input } }).catch(() => undefined);
    if (result?.data) navigate(`/projects/${result.data.createProject.id}`);
  };

  return (
    <>
      <PageHeader
        title={t('create.title')}
        actions={
          <Link className="button" to="/projects">
            {t('backToList')}
          </Link>
        }
      />
      <form className="form card" onSubmit={(event) => void submit(event)} noValidate>
        <h2>{t('create.client')}</h2>
        <TextField label={t('create.name')} value={form.name} onChange={(e) => set('name')(e.target.value)} required autoComplete="off" error={fieldError('name')} />
        <TextField
          label={t('create.phone')}
          type="tel"
          value={form.phone}
          onChange={(e) => set('phone')(e.target.value)}
          hint={t('create.phoneHint')}
          error={fieldError('phone')}
        />
        <TextField label={t('create.email')} type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} error={fieldError('email')} />
        <TextField label={t('create.address')} value={form.address} onChange={(e) => set('address')(e.target.value)} error={fieldError('address')} />
        <h2>{t('create.job')}</h2>
        <TextField
          label={t('create.serviceType')}
          list="service-types"
          hint={t('create.serviceTypeHint')}
          value={form.serviceType}
          onChange={(e) => set('serviceType')(e.target.value)}
          error={fieldError('serviceType')}
        />
        <datalist id="service-types">
          {KNOWN_SERVICE_TYPES.map((value) => (
            <option key={value} value={value}>
              {serviceType(value)}
            </option>
          ))}
        </datalist>
        <TextField label={t('create.area')} inputMode="decimal" value={form.area} onChange={(e) => set('area')(e.target.value)} error={fieldError('area')} />
        <AssigneeSelect role="CONTRACTOR" label={t('create.contractor')} value={form.contractorId} onChange={set('contractorId')} error={fieldError('contractorId')} />
        <AssigneeSelect role="EXPERT" label={t('create.expert')} value={form.expertId} onChange={set('expertId')} error={fieldError('expertId')} />
        <FormMessage error={apiField ? undefined : error} />
        <Button type="submit" variant="primary" busy={loading}>
          {t('create.submit')}
        </Button>
      </form>
    </>
  );
}
