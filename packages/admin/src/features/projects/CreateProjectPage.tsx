import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export default function CreateProjectPage() {
  const { t } = useTranslation('projects');
  return <PageHeader title={t('title')} />;
}
