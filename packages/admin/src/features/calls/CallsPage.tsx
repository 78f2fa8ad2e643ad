import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export default function CallsPage() {
  const { t } = useTranslation('calls');
  return <PageHeader title={t('title')} />;
}
