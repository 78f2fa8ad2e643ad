import { useTranslation } from 'react-i18next';
import type { PaymentRowFragment } from '../../gql/graphql';
import { formatDateTime, formatMoney } from '../../lib/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { Empty } from '../../ui/States';

/** A project's payments, newest first (as the API gives them). */
export function PaymentsTable({ payments }: { payments: readonly PaymentRowFragment[] }) {
  const { t } = useTranslation('projects');
  const money = (cents: number, currency: string) => formatMoney(cents, currency.toUpperCase());
  const columns: ReadonlyArray<Column<PaymentRowFragment>> = [
    { key: 'type', header: t('payments.type'), cell: (p) => t(`paymentType.${p.paymentType}`) },
    {
      key: 'amount',
      header: t('payments.amount'),
      cell: (p) =>
        p.refundedAmount > 0 ? t('payments.amountRefunded', { amount: money(p.amount, p.currency), refunded: money(p.refundedAmount, p.currency) }) : money(p.amount, p.currency),
    },
    { key: 'provider', header: t('payments.provider'), cell: (p) => t(`paymentProvider.${p.provider}`) },
    { key: 'method', header: t('payments.method'), cell: (p) => (p.method ? t(`paymentMethod.${p.method}`) : '—') },
    { key: 'status', header: t('payments.status'), cell: (p) => t(`paymentStatus.${p.status}`) },
    { key: 'received', header: t('payments.received'), cell: (p) => formatDateTime(p.receivedAt) },
  ];
  return (
    <section aria-labelledby="project-payments">
      <h2 id="project-payments">{t('payments.title')}</h2>
      {payments.length === 0 ? <Empty>{t('payments.empty')}</Empty> : <DataTable columns={columns} rows={payments} rowKey={(p) => p.id} caption={t('payments.title')} />}
    </section>
  );
}
