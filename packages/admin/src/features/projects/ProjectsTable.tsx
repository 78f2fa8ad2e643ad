import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectRowFragment } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../lib/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { ProjectStatusBadge } from './ProjectStatusBadge';
import { useServiceTypeLabel } from './service-type';

/** Projects as a table on desktop, cards on phones (DataTable). */
export function ProjectsTable({ rows }: { rows: readonly ProjectRowFragment[] }) {
  const { t } = useTranslation('projects');
  const serviceType = useServiceTypeLabel();
  const columns: ReadonlyArray<Column<ProjectRowFragment>> = [
    { key: 'client', header: t('columns.client'), cell: (row) => <Link to={`/projects/${row.id}`}>{row.clientInfo.name}</Link> },
    { key: 'status', header: t('columns.status'), cell: (row) => <ProjectStatusBadge status={row.status} /> },
    { key: 'service', header: t('columns.serviceType'), cell: (row) => serviceType(row.serviceType) },
    { key: 'area', header: t('columns.area'), cell: (row) => (row.areaM2 == null ? '—' : t('areaValue', { value: formatNumber(row.areaM2) })) },
    { key: 'created', header: t('columns.created'), cell: (row) => formatDateTime(row.createdAt) },
  ];
  return (
    <div data-testid="projects-list">
      <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} caption={t('listCaption')} />
    </div>
  );
}
