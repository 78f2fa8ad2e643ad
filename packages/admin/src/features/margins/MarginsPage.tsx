import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarginRuleRowFragment } from '../../gql/graphql';
import { formatPercent } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, ErrorState, FormMessage, Loading } from '../../ui/States';
import { MarginRuleForm } from './MarginRuleForm';
import { MarginRuleTable } from './MarginRuleTable';
import { MarginRules } from './margins.graphql';
import './margins.css';

export default function MarginsPage() {
  const { t } = useTranslation('margins');
  const { data, error, refetch } = useQuery(MarginRules);
  const [editing, setEditing] = useState<MarginRuleRowFragment | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Bumped on every save so the form starts empty again, also after creating a rule.
  const [formVersion, setFormVersion] = useState(0);
  const rules = data?.marginRules;
  const serviceTypes = useMemo(() => [...new Set(rules?.map((rule) => rule.serviceType))].sort(), [rules]);

  const edit = (rule: MarginRuleRowFragment) => {
    setSaved(null);
    setEditing(rule);
  };
  const onSaved = (rule: MarginRuleRowFragment) => {
    setEditing(null);
    setFormVersion((version) => version + 1);
    setSaved(t('saved', { serviceType: rule.serviceType, margin: formatPercent(rule.marginPercent / 100) }));
  };

  return (
    <>
      <PageHeader title={t('title')} />
      <MarginRuleForm key={`${editing?.id ?? 'new'}-${formVersion}`} rule={editing} serviceTypes={serviceTypes} onSaved={onSaved} onCancel={() => setEditing(null)} />
      <FormMessage success={saved} />
      <h2>{t('listTitle')}</h2>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !rules ? (
        <Loading />
      ) : rules.length === 0 ? (
        <Empty>{t('empty')}</Empty>
      ) : (
        <MarginRuleTable rules={rules} editingId={editing?.id ?? null} onEdit={edit} />
      )}
    </>
  );
}
