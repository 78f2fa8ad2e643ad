import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export default function OutboxPage() {
  const { t } = useTranslation('outbox');
  return <PageHeader title={t('title')} />;
}
