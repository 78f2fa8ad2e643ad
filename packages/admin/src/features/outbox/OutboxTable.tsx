import { useTranslation } from 'react-i18next';
import type { OutboundMessageRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { MessageBody } from './MessageBody';
import { STATUS_TONE } from './message-values';

export function OutboxTable({ messages }: { messages: readonly OutboundMessageRowFragment[] }) {
  const { t } = useTranslation('outbox');
  const columns: ReadonlyArray<Column<OutboundMessageRowFragment>> = [
    { key: 'createdAt', header: t('columns.createdAt'), cell: (m) => formatDateTime(m.createdAt) },
    { key: 'channel', header: t('columns.channel'), cell: (m) => t(`channel.${m.channel}`) },
    { key: 'recipient', header: t('columns.recipient'), cell: (m) => <span className="outbox-recipient">{m.recipient}</span> },
    { key: 'subject', header: t('columns.subject'), cell: (m) => m.subject ?? '—' },
    { key: 'body', header: t('columns.body'), cell: (m) => <MessageBody body={m.body} /> },
    { key: 'status', header: t('columns.status'), cell: (m) => <StatusBadge tone={STATUS_TONE[m.status]}>{t(`status.${m.status}`)}</StatusBadge> },
    { key: 'attempts', header: t('columns.attempts'), cell: (m) => m.attempts },
    { key: 'lastError', header: t('columns.lastError'), cell: (m) => (m.lastError ? <span className="outbox-error">{m.lastError}</span> : '—') },
    { key: 'sentAt', header: t('columns.sentAt'), cell: (m) => formatDateTime(m.sentAt) },
  ];
  return <DataTable caption={t('title')} columns={columns} rows={messages} rowKey={(m) => m.id} />;
}
