import type { ApolloServerPlugin } from '@apollo/server';
import type { Registry } from 'prom-client';
import { LATENCY_BUCKETS, counter, histogram } from '../metrics/metrics-registry';

/** Client-chosen names become labels: only plausible names, and no more than this many distinct ones. */
const MAX_OPERATION_NAMES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * GraphQL operations by name and type, their latency, and their errors by name and the code the
 * client saw (after formatError, so masked errors count as INTERNAL_SERVER_ERROR). An operation
 * that never resolved (parse or validation failure) is labelled `unresolved`.
 */
export function graphqlMetricsPlugin<TContext extends object>(registry: Registry): ApolloServerPlugin<TContext> {
  const operations = counter(registry, {
    name: 'vejapro_graphql_operations_total',
    help: 'GraphQL operations over HTTP by operation name and type',
    labelNames: ['operation', 'type'] as const,
  });
  const errors = counter(registry, {
    name: 'vejapro_graphql_errors_total',
    help: 'GraphQL errors sent to clients by operation name and extensions.code',
    labelNames: ['operation', 'code'] as const,
  });
  const duration = histogram(registry, {
    name: 'vejapro_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency over HTTP by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
  });
  const seen = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (!seen.has(name)) {
      if (seen.size >= MAX_OPERATION_NAMES) return 'other';
      seen.add(name);
    }
    return name;
  };

  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const name = operation ? label(operationName) : 'unresolved';
          const type = operation?.operation ?? 'unknown';
          operations.inc({ operation: name, type });
          duration.observe({ operation: name, type }, Number(process.hrtime.bigint() - started) / 1e9);
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          for (const error of sent ?? []) {
            const code = error.extensions?.code;
            errors.inc({ operation: name, code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
          }
        },
      };
    },
  };
}
