import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../ui/PagedList';
import { PageHeader } from '../../ui/PageHeader';
import { WebhookDeliveriesTable } from './WebhookDeliveriesTable';
import { WebhookFilters } from './WebhookFilters';
import { filterFromUrl } from './webhook-values';
import { WebhookDeliveries } from './webhooks.graphql';

const PAGE_SIZE = 20;

export default function WebhooksPage() {
  const { t } = useTranslation('webhooks');
  const [params] = useSearchParams();
  const filter = filterFromUrl(params.get('provider') ?? '', params.get('status') ?? '');
  const { data, error, refetch } = useQuery(WebhookDeliveries, { variables: { first: PAGE_SIZE, after: params.get('after'), filter } });
  const connection = data?.webhookDeliveries;

  return (
    <>
      <PageHeader title={t('title')} />
      <p>{t('intro')}</p>
      <WebhookFilters />
      <div data-testid="webhook-deliveries">
        <PagedList page={connection} error={error} onRetry={() => void refetch()} empty={t('empty')}>
          {(nodes) => <WebhookDeliveriesTable deliveries={nodes} />}
        </PagedList>
      </div>
    </>
  );
}
