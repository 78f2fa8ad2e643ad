import type { Registry } from 'prom-client';
import { counter } from '../core/metrics/metrics-registry';
import type { WebhookEndpoint } from './webhook-endpoint';

/**
 * Counts each answer an endpoint gives, by provider and what became of the delivery: `rejected`
 * (signature), `malformed`, the processing result (`processed`, `already_processed`, `ignored`,
 * `failed`), or `retry` (not settled: database trouble or the deadline; the provider retries).
 */
export function withDeliveryMetrics(endpoint: WebhookEndpoint, registry: Registry | undefined): WebhookEndpoint {
  if (!registry) return endpoint;
  const deliveries = counter(registry, {
    name: 'vejapro_webhook_deliveries_total',
    help: 'Provider webhook deliveries by provider and outcome',
    labelNames: ['provider', 'status'] as const,
  });
  const count = (status: string) => deliveries.inc({ provider: endpoint.provider, status });
  const { answers } = endpoint;
  return {
    ...endpoint,
    answers: {
      refused: (res, check) => (count('rejected'), answers.refused(res, check)),
      malformed: (res, reason) => (count('malformed'), answers.malformed(res, reason)),
      settled: (res, result) => (count(result.status), answers.settled(res, result)),
      unexpected: (res) => (count('retry'), answers.unexpected(res)),
    },
  };
}
