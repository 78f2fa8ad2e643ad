import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/app-services';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, Loading } from '../../ui/States';
import { AddEvidenceForm } from './AddEvidenceForm';
import { AuditTrail } from './AuditTrail';
import { CERTIFICATION_PHOTOS_NEEDED, certificationPhotoCount, EvidenceGallery } from './EvidenceGallery';
import { PaymentsTable } from './PaymentsTable';
import { ProjectActionsPanel } from './ProjectActionsPanel';
import { ProjectSummary } from './ProjectSummary';
import { ProjectById, ProjectDetailChanged } from './projects.graphql';
import { useCrewNames } from './use-assignable-users';
import './projects.css';

/** One project: who, what, money, photos, history and the next lifecycle steps; live. */
export default function ProjectDetailPage() {
  const { t } = useTranslation('projects');
  const { id = '' } = useParams();
  const role = useSession()?.user.role;
  const isAdmin = role === 'ADMIN';
  const variables = { id, withAudit: isAdmin };

  const { data, loading, error, refetch } = useQuery(ProjectById, { variables });
  // The event carries the page's own fields, so Apollo rewrites the cached project and the page follows.
  useSubscription(ProjectDetailChanged, { variables, context: { queryDeduplication: false }, ignoreResults: true });
  const nameOf = useCrewNames(isAdmin);

  const back = (
    <Link className="button" to="/projects">
      {t('backToList')}
    </Link>
  );
  if (!data) {
    if (error)
      return (
        <>
          <PageHeader title={t('detail.title')} actions={back} />
          <ErrorState error={error} onRetry={() => void refetch()} />
        </>
      );
    return loading ? <Loading /> : null;
  }

  const project = data.project;
  const photos = certificationPhotoCount(project.evidences);
  return (
    <>
      <PageHeader title={project.clientInfo.name} actions={back} />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <ProjectSummary project={project} nameOf={nameOf} />
      <ProjectActionsPanel project={project} isAdmin={isAdmin} certificationPhotos={photos} photosNeeded={CERTIFICATION_PHOTOS_NEEDED} />
      <PaymentsTable payments={project.payments} />
      <section aria-labelledby="project-evidence">
        <h2 id="project-evidence">{t('evidence.title')}</h2>
        <EvidenceGallery evidences={project.evidences} />
        {role && role !== 'CLIENT' && <AddEvidenceForm projectId={project.id} />}
      </section>
      {project.auditTrail && (
        <section aria-labelledby="project-audit">
          <h2 id="project-audit">{t('audit.title')}</h2>
          <AuditTrail entries={project.auditTrail.edges.map((edge) => edge.node)} totalCount={project.auditTrail.totalCount} nameOf={nameOf} />
        </section>
      )}
    </>
  );
}
