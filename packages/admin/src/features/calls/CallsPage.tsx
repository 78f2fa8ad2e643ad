import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../ui/PagedList';
import { PageHeader } from '../../ui/PageHeader';
import { CallFilters } from './CallFilters';
import { CallRequestTable } from './CallRequestTable';
import { CallRequests } from './calls.graphql';
import { isCallSource, isCallStatus } from './call-request-enums';
import './calls.css';

const PAGE_SIZE = 20;

export default function CallsPage() {
  const { t } = useTranslation('calls');
  const [params] = useSearchParams();
  const after = params.get('after');
  const status = params.get('status');
  const source = params.get('source');
  // Unknown values in a hand-edited URL are ignored rather than sent to the API.
  const filter = { ...(isCallStatus(status) ? { status } : {}), ...(isCallSource(source) ? { source } : {}) };
  const { data, previousData, loading, error, refetch } = useQuery(CallRequests, {
    variables: { first: PAGE_SIZE, ...(after ? { after } : {}), ...(Object.keys(filter).length ? { filter } : {}) },
  });
  const shown = data ?? previousData;

  return (
    <>
      <PageHeader title={t('title')} />
      <CallFilters />
      <section data-testid="call-requests" aria-busy={loading || undefined}>
        <PagedList page={shown?.callRequests} error={error} onRetry={() => void refetch()} empty={t('empty')}>
          {(nodes) => <CallRequestTable requests={nodes} />}
        </PagedList>
      </section>
    </>
  );
}
