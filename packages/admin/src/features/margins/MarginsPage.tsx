import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export default function MarginsPage() {
  const { t } = useTranslation('margins');
  return <PageHeader title={t('title')} />;
}
