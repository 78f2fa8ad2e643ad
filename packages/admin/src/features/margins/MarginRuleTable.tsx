import { useTranslation } from 'react-i18next';
import type { MarginRuleRowFragment } from '../../gql/graphql';
import { formatDate, formatPercent } from '../../lib/format';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';

export function MarginRuleTable({
  rules,
  editingId,
  onEdit,
}: {
  rules: readonly MarginRuleRowFragment[];
  editingId: string | null;
  onEdit: (rule: MarginRuleRowFragment) => void;
}) {
  const { t } = useTranslation('margins');
  const columns: ReadonlyArray<Column<MarginRuleRowFragment>> = [
    { key: 'serviceType', header: t('field.serviceType'), cell: (rule) => rule.serviceType },
    { key: 'marginPercent', header: t('column.margin'), cell: (rule) => formatPercent(rule.marginPercent / 100) },
    { key: 'validFrom', header: t('field.validFrom'), cell: (rule) => formatDate(rule.validFrom) },
    { key: 'validTo', header: t('column.validTo'), cell: (rule) => (rule.validTo ? formatDate(rule.validTo) : <span className="badge">{t('openEnded')}</span>) },
    {
      key: 'actions',
      header: t('column.actions'),
      cell: (rule) => (
        <Button onClick={() => onEdit(rule)} aria-pressed={editingId === rule.id}>
          {t('edit')}
        </Button>
      ),
    },
  ];
  return (
    <div data-testid="margin-rules">
      <DataTable caption={t('caption')} columns={columns} rows={rules} rowKey={(rule) => rule.id} />
    </div>
  );
}
