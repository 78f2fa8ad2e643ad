import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { FormMessage } from '../../ui/States';
import { inviteFieldErrors } from './user-errors';
import { isRole, ROLES } from './user-values';
import { CreateUser } from './users.graphql';

const EMPTY = { name: '', email: '', phone: '', role: 'CONTRACTOR' as Role };

/** Adds a person; the API e-mails them a set-password link and the list is fetched again to include them. */
export function InviteUserForm() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [invited, setInvited] = useState<string | null>(null);
  const [createUser, { loading, error, reset }] = useMutation(CreateUser, { refetchQueries: ['Users'], awaitRefetchQueries: true });
  const fieldErrors = inviteFieldErrors(error);
  const shownAtField = Object.keys(fieldErrors).length > 0;

  const change = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(null);
    const phone = values.phone.trim();
    const { data } = await createUser({ variables: { input: { name: values.name.trim(), email: values.email.trim(), role: values.role, phone: phone || null } } }).catch(() => ({
      data: undefined,
    }));
    if (!data) return;
    setInvited(t('invite.sent', { email: data.createUser.email ?? values.email.trim() }));
    setValues(EMPTY);
    reset();
  };

  return (
    <section className="card" aria-labelledby="invite-user-title">
      <h2 id="invite-user-title">{t('invite.title')}</h2>
      <form className="form" aria-labelledby="invite-user-title" onSubmit={(event) => void submit(event)} noValidate data-testid="invite-user-form">
        <TextField label={t('fields.name')} autoComplete="off" value={values.name} onChange={change('name')} error={fieldErrors.name} required />
        <TextField label={t('fields.email')} type="email" autoComplete="off" value={values.email} onChange={change('email')} error={fieldErrors.email} required />
        <TextField label={t('fields.phone')} type="tel" autoComplete="off" value={values.phone} onChange={change('phone')} error={fieldErrors.phone} hint={t('fields.phoneHint')} />
        <SelectField
          label={t('fields.role')}
          value={values.role}
          onChange={(event) => isRole(event.target.value) && setValues((current) => ({ ...current, role: event.target.value as Role }))}
          error={fieldErrors.role}
          options={ROLES.map((value) => ({ value, label: tc(`role.${value}`) }))}
        />
        <FormMessage error={shownAtField ? undefined : error} success={invited} />
        <Button type="submit" variant="primary" busy={loading}>
          {t('invite.submit')}
        </Button>
      </form>
    </section>
  );
}
