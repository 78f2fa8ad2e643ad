import { graphql } from '../../gql/gql';

/** One round trip for the six lifecycle counts: `first: 1` because only totalCount is read. */
export const OverviewProjectCounts = graphql(`
  query OverviewProjectCounts {
    draft: projects(first: 1, filter: { status: DRAFT }) {
      totalCount
    }
    paid: projects(first: 1, filter: { status: PAID }) {
      totalCount
    }
    scheduled: projects(first: 1, filter: { status: SCHEDULED }) {
      totalCount
    }
    pendingExpert: projects(first: 1, filter: { status: PENDING_EXPERT }) {
      totalCount
    }
    certified: projects(first: 1, filter: { status: CERTIFIED }) {
      totalCount
    }
    active: projects(first: 1, filter: { status: ACTIVE }) {
      totalCount
    }
  }
`);

export const OverviewTodayPayments = graphql(`
  query OverviewTodayPayments {
    financeMetrics(days: 1) {
      currency
      totalReceived
      paymentCount
    }
  }
`);

export const AuditFeedLineFields = graphql(`
  fragment AuditFeedLine on AuditLog {
    id
    createdAt
    action
    entityType
    entityId
    actorType
  }
`);

export const OverviewAuditFeed = graphql(`
  query OverviewAuditFeed {
    auditLogs(first: 10) {
      edges {
        node {
          ...AuditFeedLine
        }
      }
    }
  }
`);

export const OverviewAuditLogAdded = graphql(`
  subscription OverviewAuditLogAdded {
    auditLogAdded {
      ...AuditFeedLine
    }
  }
`);
