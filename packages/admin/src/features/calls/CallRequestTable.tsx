import { useTranslation } from 'react-i18next';
import type { CallRequestRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { CallRequestEditor } from './CallRequestEditor';

export function CallRequestTable({ requests }: { requests: readonly CallRequestRowFragment[] }) {
  const { t } = useTranslation('calls');
  const columns: ReadonlyArray<Column<CallRequestRowFragment>> = [
    { key: 'when', header: t('column.when'), cell: (request) => <time dateTime={request.requestedAt}>{formatDateTime(request.requestedAt)}</time> },
    { key: 'source', header: t('column.source'), cell: (request) => t(`source.${request.source}`) },
    {
      key: 'caller',
      header: t('column.caller'),
      cell: (request) => (
        <div className="call-contact">
          <span>{request.callerName ?? t('unknownCaller')}</span>
          {request.phone && <a href={`tel:${request.phone}`}>{request.phone}</a>}
          {request.email && <a href={`mailto:${request.email}`}>{request.email}</a>}
        </div>
      ),
    },
    { key: 'message', header: t('column.message'), cell: (request) => request.message ?? '—' },
    {
      key: 'status',
      header: t('column.status'),
      cell: (request) => (
        <div className="call-status">
          <span className="badge" data-status={request.status}>
            {t(`status.${request.status}`)}
          </span>
          {request.note && <p className="call-note">{request.note}</p>}
        </div>
      ),
    },
    { key: 'change', header: t('column.change'), cell: (request) => <CallRequestEditor request={request} /> },
  ];
  return <DataTable caption={t('caption')} columns={columns} rows={requests} rowKey={(request) => request.id} />;
}
