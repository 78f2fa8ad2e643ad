import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-message';
import { Button } from './Button';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status">
      {t('loading')}
    </p>
  );
}

export function Empty({ children }: { children?: string }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{children ?? t('empty')}</p>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry && <Button onClick={onRetry}>{t('retry')}</Button>}
    </div>
  );
}

/** The answer of a form's last submission: an error sentence, or a confirmation. */
export function FormMessage({ error, success }: { error?: unknown; success?: string | null | undefined }) {
  if (error) {
    return (
      <p className="form-message form-error" role="alert">
        {errorMessage(error)}
      </p>
    );
  }
  if (success) {
    return (
      <p className="form-message form-success" role="status">
        {success}
      </p>
    );
  }
  return null;
}
