import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { ReplayButton } from './ReplayButton';
import { STATUS_TONE } from './webhook-values';
import './webhooks.css';

export function WebhookDeliveriesTable({ deliveries }: { deliveries: readonly WebhookDeliveryRowFragment[] }) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const columns: ReadonlyArray<Column<WebhookDeliveryRowFragment>> = [
    { key: 'receivedAt', header: t('columns.receivedAt'), cell: (d) => formatDateTime(d.receivedAt) },
    { key: 'provider', header: t('columns.provider'), cell: (d) => t(`provider.${d.provider}`) },
    { key: 'eventType', header: t('columns.eventType'), cell: (d) => <span className="break-anywhere">{d.eventType ?? '—'}</span> },
    { key: 'eventId', header: t('columns.eventId'), cell: (d) => <code className="break-anywhere">{d.eventId ?? '—'}</code> },
    { key: 'status', header: t('columns.status'), cell: (d) => <StatusBadge tone={STATUS_TONE[d.status]}>{t(`status.${d.status}`)}</StatusBadge> },
    { key: 'signatureValid', header: t('columns.signatureValid'), cell: (d) => (d.signatureValid ? tc('yes') : tc('no')) },
    { key: 'attempts', header: t('columns.attempts'), cell: (d) => d.attempts },
    { key: 'outcome', header: t('columns.outcome'), cell: (d) => <span className="full-text">{d.outcome ?? '—'}</span> },
    // Shown in full: the whole error is what an admin needs to decide whether to replay.
    { key: 'error', header: t('columns.error'), cell: (d) => (d.error ? <span className="full-text delivery-error">{d.error}</span> : '—') },
    { key: 'actions', header: t('columns.actions'), cell: (d) => <ReplayButton delivery={d} /> },
  ];
  return <DataTable caption={t('title')} columns={columns} rows={deliveries} rowKey={(d) => d.id} />;
}
