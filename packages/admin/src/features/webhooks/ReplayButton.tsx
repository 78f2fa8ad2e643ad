import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryRowFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/error-message';
import { Button } from '../../ui/Button';
import { ReplayWebhookDelivery } from './webhooks.graphql';
import { isReplayable } from './webhook-values';

/**
 * Runs a failed or stuck delivery again. The answer updates the row through the cache; the
 * line below says what the replay ended in, also once the button is gone (now processed).
 */
export function ReplayButton({ delivery }: { delivery: WebhookDeliveryRowFragment }) {
  const { t } = useTranslation('webhooks');
  const [replay, { loading, error, data }] = useMutation(ReplayWebhookDelivery);
  const result = data?.replayWebhookDelivery;
  return (
    <div className="replay-cell">
      {isReplayable(delivery.status) && (
        <Button busy={loading} onClick={() => void replay({ variables: { id: delivery.id } }).catch(() => undefined)}>
          {t('replay')}
        </Button>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      ) : (
        result && (
          <p className={result.status === 'FAILED' ? 'form-error' : 'form-success'} role="status">
            {t('replayed', { status: t(`status.${result.status}`) })}
          </p>
        )
      )}
    </div>
  );
}
