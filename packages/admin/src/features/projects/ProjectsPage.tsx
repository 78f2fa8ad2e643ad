import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

export default function ProjectsPage() {
  const { t } = useTranslation('projects');
  return <PageHeader title={t('title')} />;
}
