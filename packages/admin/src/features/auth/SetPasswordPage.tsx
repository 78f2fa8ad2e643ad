import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { FormMessage } from '../../ui/States';
import { SetPassword } from './auth.graphql';

const MIN_LENGTH = 10;

/** The invitation link's page: choose a password, then sign in. */
export default function SetPasswordPage() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [setPasswordMutation, { loading, error, data }] = useMutation(SetPassword);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_LENGTH) return setLocalError(t('tooShort', { count: MIN_LENGTH }));
    if (password !== repeat) return setLocalError(t('mismatch'));
    setLocalError(null);
    await setPasswordMutation({ variables: { token, password } }).catch(() => undefined);
  };

  if (data?.setPassword) {
    return (
      <main className="login">
        <h1>{t('passwordSet')}</h1>
        <Link to="/login">{t('goToSignIn')}</Link>
      </main>
    );
  }
  return (
    <main className="login">
      <h1>{t('setPasswordTitle')}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('newPassword')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={t('tooShort', { count: MIN_LENGTH })}
          error={localError ?? undefined}
        />
        <TextField label={t('repeatPassword')} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        <FormMessage error={error} />
        <Button type="submit" variant="primary" busy={loading}>
          {t('setPassword')}
        </Button>
      </form>
    </main>
  );
}
