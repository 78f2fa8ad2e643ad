import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h1>{t('notFound')}</h1>
      <Link to="/">{t('back')}</Link>
    </div>
  );
}
