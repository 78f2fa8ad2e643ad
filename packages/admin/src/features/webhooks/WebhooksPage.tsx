import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export default function WebhooksPage() {
  const { t } = useTranslation('webhooks');
  return <PageHeader title={t('title')} />;
}
