import { skipToken, useSubscription } from '@apollo/client/react';
import type { AuditLogFilter, AuditLogsQueryVariables } from '../../gql/graphql';
import { AuditLogAdded, AuditLogs } from './audit.graphql';
import { matchesFilter } from './audit-filter';

/**
 * While the first page is shown, new entries that fit the filter are put at its top (in the
 * cached page, so the total grows with them). Later pages stay put: their rows would shift.
 */
export function useLiveAuditEntries(variables: AuditLogsQueryVariables, filter: AuditLogFilter | undefined) {
  useSubscription(
    AuditLogAdded,
    variables.after
      ? skipToken
      : {
          context: { queryDeduplication: false },
          ignoreResults: true,
          onData: ({ client, data }) => {
            const entry = data.data?.auditLogAdded;
            if (!entry || !matchesFilter(entry, filter)) return;
            client.cache.updateQuery({ query: AuditLogs, variables }, (current) => {
              if (!current || current.auditLogs.edges.some((edge) => edge.node.id === entry.id)) return undefined;
              const edge = { __typename: 'AuditLogEdge' as const, node: entry };
              return { auditLogs: { ...current.auditLogs, totalCount: current.auditLogs.totalCount + 1, edges: [edge, ...current.auditLogs.edges] } };
            });
          },
        },
  );
}
