import { graphql } from '../../gql/gql';

export const AuditLogRow = graphql(`
  fragment AuditLogRow on AuditLog {
    id
    createdAt
    action
    entityType
    entityId
    actorType
    actorId
    oldValue
    newValue
    note
  }
`);

// Edges carry no cursor here: paging uses pageInfo.endCursor, and live entries are
// prepended without one.
export const AuditLogs = graphql(`
  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLogs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PagerPageInfo
      }
      edges {
        node {
          ...AuditLogRow
        }
      }
    }
  }
`);

export const AuditLogAdded = graphql(`
  subscription AuditLogAdded {
    auditLogAdded {
      ...AuditLogRow
    }
  }
`);
