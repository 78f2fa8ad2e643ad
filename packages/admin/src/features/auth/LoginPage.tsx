import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useServices, useSession } from '../../app/app-services';
import { homeFor } from '../../app/navigation';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { errorCode } from '../../lib/error-message';
import { toSession } from '../../lib/session-api';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { FormMessage } from '../../ui/States';
import { Login } from './auth.graphql';

/** Only paths inside the SPA: `next` comes from the URL and must not send anyone elsewhere. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : null);

export default function LoginPage() {
  const { t } = useTranslation('auth');
  const { session: store } = useServices();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(Login);

  if (session) return <Navigate to={safeNext(params.get('next')) ?? homeFor(session.user.role)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await login({ variables: { email, password } }).catch(() => ({ data: undefined }));
    if (!data) return;
    const signedIn = toSession(data.login);
    store.set(signedIn);
    navigate(safeNext(params.get('next')) ?? homeFor(signedIn.user.role), { replace: true });
  };

  return (
    <main className="login">
      <h1>{t('title')}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <TextField label={t('password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        {error && errorCode(error) === 'UNAUTHENTICATED' ? (
          <p className="form-message form-error" role="alert">
            {t('wrongCredentials')}
          </p>
        ) : (
          <FormMessage error={error} />
        )}
        <Button type="submit" variant="primary" busy={loading}>
          {t('submit')}
        </Button>
      </form>
      <LanguageSwitch />
    </main>
  );
}
