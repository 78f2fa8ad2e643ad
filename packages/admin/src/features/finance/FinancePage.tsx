import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export default function FinancePage() {
  const { t } = useTranslation('finance');
  return <PageHeader title={t('title')} />;
}
