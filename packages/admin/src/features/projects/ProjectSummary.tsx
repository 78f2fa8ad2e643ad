import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummaryFragment } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ProjectStatusBadge } from './ProjectStatusBadge';
import { useServiceTypeLabel } from './service-type';

/** Who the project is for, what it is, and who works on it. `nameOf` turns a user id into a name when known. */
export function ProjectSummary({ project, nameOf }: { project: ProjectSummaryFragment; nameOf: (id: string) => string | undefined }) {
  const { t } = useTranslation('projects');
  const serviceType = useServiceTypeLabel();
  const { clientInfo: client } = project;
  const person = (id: string | null) => (id ? (nameOf(id) ?? id) : t('detail.notAssigned'));
  const rows: Array<[string, ReactNode]> = [
    [t('detail.status'), <ProjectStatusBadge status={project.status} testId="project-status" />],
    [t('detail.clientName'), client.name],
    [t('detail.phone'), client.phone ? <a href={`tel:${client.phone}`}>{client.phone}</a> : '—'],
    [t('detail.email'), client.email ? <a href={`mailto:${client.email}`}>{client.email}</a> : '—'],
    [t('detail.address'), client.address ?? '—'],
    [t('detail.serviceType'), serviceType(project.serviceType)],
    [t('detail.area'), project.areaM2 == null ? '—' : t('areaValue', { value: formatNumber(project.areaM2) })],
    [t('detail.contractor'), person(project.contractorId)],
    [t('detail.expert'), person(project.expertId)],
    [t('detail.created'), formatDateTime(project.createdAt)],
    [t('detail.updated'), formatDateTime(project.updatedAt)],
  ];
  return (
    <section className="card" aria-labelledby="project-summary">
      <h2 id="project-summary">{t('detail.summary')}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
