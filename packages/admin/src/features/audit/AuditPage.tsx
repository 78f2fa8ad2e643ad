import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../ui/PagedList';
import { PageHeader } from '../../ui/PageHeader';
import { AuditFilters } from './AuditFilters';
import { AuditLogs } from './audit.graphql';
import { readFilterParams, toApiFilter } from './audit-filter';
import { AuditLogTable } from './AuditLogTable';
import { useLiveAuditEntries } from './use-live-audit-entries';
import './audit-log.css';

const PAGE_SIZE = 20;

export default function AuditPage() {
  const { t } = useTranslation('audit');
  const [params] = useSearchParams();
  const search = params.toString();
  const after = params.get('after');
  // Memoised on the URL so the variables (and the cached page they name) stay the same object.
  const { filter, variables } = useMemo(() => {
    const filter = toApiFilter(readFilterParams(new URLSearchParams(search)));
    return { filter, variables: { first: PAGE_SIZE, ...(after ? { after } : {}), ...(filter ? { filter } : {}) } };
  }, [search, after]);
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogs, { variables });
  useLiveAuditEntries(variables, filter);

  const shown = data ?? previousData;
  const filterKey = useMemo(() => {
    const own = new URLSearchParams(search);
    own.delete('after');
    return own.toString();
  }, [search]);

  return (
    <>
      <PageHeader title={t('title')} />
      <AuditFilters key={filterKey} />
      <section data-testid="audit-log" aria-busy={loading || undefined}>
        {!after && <p className="audit-live-note">{t('liveNote')}</p>}
        <PagedList page={shown?.auditLogs} error={error} onRetry={() => void refetch()} empty={t('empty')}>
          {(nodes) => <AuditLogTable entries={nodes} />}
        </PagedList>
      </section>
    </>
  );
}
