import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../ui/PagedList';
import { PageHeader } from '../../ui/PageHeader';
import { OutboxTable } from './OutboxTable';
import { OutboundMessages } from './outbox.graphql';

const PAGE_SIZE = 20;

export default function OutboxPage() {
  const { t } = useTranslation('outbox');
  const [params] = useSearchParams();
  const { data, error, refetch } = useQuery(OutboundMessages, { variables: { first: PAGE_SIZE, after: params.get('after') } });
  const connection = data?.outboundMessages;

  return (
    <>
      <PageHeader title={t('title')} />
      <p>{t('intro')}</p>
      <div data-testid="outbox-list">
        <PagedList page={connection} error={error} onRetry={() => void refetch()} empty={t('empty')}>
          {(nodes) => <OutboxTable messages={nodes} />}
        </PagedList>
      </div>
    </>
  );
}
