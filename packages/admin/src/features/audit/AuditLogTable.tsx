import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditLogRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { AuditValueChanges } from './AuditValueChanges';

/** Ids are UUIDs: the first block is enough to tell entries apart at a glance (full id on hover). */
const shortId = (id: string) => id.slice(0, 8);

export function AuditLogTable({ entries }: { entries: readonly AuditLogRowFragment[] }) {
  const { t } = useTranslation('audit');
  const columns: ReadonlyArray<Column<AuditLogRowFragment>> = [
    { key: 'time', header: t('column.time'), cell: (entry) => <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time> },
    { key: 'action', header: t('column.action'), cell: (entry) => t(`action.${entry.action}`, { defaultValue: entry.action }) },
    {
      key: 'entity',
      header: t('column.entity'),
      cell: (entry) => (
        <>
          <span className="badge">{t(`entityType.${entry.entityType}`, { defaultValue: entry.entityType })}</span>{' '}
          {entry.entityType === 'project' ? (
            <Link to={`/projects/${entry.entityId}`} title={entry.entityId} aria-label={t('openProject', { id: shortId(entry.entityId) })}>
              {shortId(entry.entityId)}
            </Link>
          ) : (
            <code title={entry.entityId}>{shortId(entry.entityId)}</code>
          )}
        </>
      ),
    },
    {
      key: 'actor',
      header: t('column.actor'),
      cell: (entry) => (
        <>
          {t(`actorType.${entry.actorType}`)}
          {entry.actorId && (
            <>
              {' '}
              <code title={entry.actorId}>{shortId(entry.actorId)}</code>
            </>
          )}
        </>
      ),
    },
    {
      key: 'changes',
      header: t('column.changes'),
      cell: (entry) => (
        <>
          <AuditValueChanges oldValue={entry.oldValue} newValue={entry.newValue} />
          {entry.note && <p className="audit-note">{entry.note}</p>}
        </>
      ),
    },
  ];
  return <DataTable caption={t('caption')} columns={columns} rows={entries} rowKey={(entry) => entry.id} />;
}
