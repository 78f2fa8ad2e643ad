/**
 * GraphQL documents the tests send, typed from schema.graphql by `pnpm codegen`.
 * Names and shapes follow the public contract's operations.graphql where the contract has them.
 */
import { graphql } from '../generated/gql';

export const PROJECT_FIELDS = graphql(`
  fragment ProjectFields on Project {
    id
    status
    createdAt
    updatedAt
    allowedTransitions
    clientInfo {
      name
      clientId
      phone
      email
      address
    }
    payments {
      id
      amount
      currency
      paymentType
      provider
      status
      receivedAt
    }
    evidences {
      id
      category
      fileUrl
      showOnWeb
      isFeatured
      uploadedAt
    }
  }
`);

/** What the tests read of a connection's page: enough to ask for the next one. */
export const PAGE_INFO_FIELDS = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

export const VIEWER = graphql(`
  query Viewer {
    viewer {
      id
      email
      role
    }
  }
`);

/** The smallest operation there is, for transport tests. */
export const TYPENAME = graphql(`
  query Typename {
    __typename
  }
`);

export const PROJECTS_PAGE = graphql(`
  query ProjectsPage($first: Int!, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ProjectFields
        }
      }
    }
  }
`);

export const PROJECT_DETAIL = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      ...ProjectFields
      auditTrail(first: 50) {
        edges {
          node {
            id
            action
            actorType
            actorId
            oldValue
            newValue
            createdAt
          }
        }
      }
    }
  }
`);

export const PROJECT_STATUS = graphql(`
  query ProjectStatus($id: ID!) {
    project(id: $id) {
      id
      status
      allowedTransitions
    }
  }
`);

export const CREATE_PROJECT = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      status
      clientInfo {
        name
        clientId
        phone
        email
      }
    }
  }
`);

export const TRANSITION = graphql(`
  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {
    transitionProjectStatus(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const CERTIFY = graphql(`
  mutation CertifyProject($projectId: ID!) {
    certifyProject(projectId: $projectId) {
      id
      status
    }
  }
`);

export const ADD_EVIDENCE = graphql(`
  mutation AddEvidence($input: AddEvidenceInput!) {
    addEvidence(input: $input) {
      id
      category
      fileUrl
      showOnWeb
      isFeatured
      uploadedAt
    }
  }
`);

export const MARGIN_RULES = graphql(`
  query MarginRules {
    marginRules {
      id
      serviceType
      marginPercent
      validFrom
      validTo
    }
  }
`);

export const UPSERT_MARGIN_RULE = graphql(`
  mutation UpsertMarginRule($input: MarginRuleInput!) {
    upsertMarginRule(input: $input) {
      id
      serviceType
      marginPercent
      validFrom
      validTo
    }
  }
`);

export const AUDIT_LOGS = graphql(`
  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLogs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          entityType
          entityId
          action
          actorType
          actorId
          oldValue
          newValue
          createdAt
        }
      }
    }
  }
`);

export const RECORD_QUICK_PAYMENT = graphql(`
  mutation RecordQuickPayment($input: QuickPaymentInput!) {
    recordQuickPayment(input: $input) {
      replayed
      emailQueued
      payment {
        id
        amount
        currency
        paymentType
        provider
        status
        receivedAt
      }
      project {
        id
        status
      }
    }
  }
`);

export const FINANCE_METRICS_FIELDS = graphql(`
  fragment FinanceMetricsFields on FinanceMetrics {
    asOf
    currency
    totalReceived
    paymentCount
    manualRatio
    sequence
    dailyVolume {
      date
      amount
      count
    }
  }
`);

export const FINANCE_METRICS = graphql(`
  query FinanceMetrics($days: Int) {
    financeMetrics(days: $days) {
      ...FinanceMetricsFields
    }
  }
`);

export const FINANCE_METRICS_LIVE = graphql(`
  subscription FinanceMetricsLive($days: Int) {
    financeMetricsUpdated(days: $days) {
      ...FinanceMetricsFields
    }
  }
`);

export const PROJECT_CHANGED = graphql(`
  subscription ProjectChanged($id: ID) {
    projectChanged(id: $id) {
      id
      status
      updatedAt
    }
  }
`);

export const AUDIT_LOG_ADDED = graphql(`
  subscription AuditLogAdded {
    auditLogAdded {
      id
      entityType
      entityId
      action
      actorType
      actorId
      createdAt
    }
  }
`);

export const OUTBOUND_MESSAGES = graphql(`
  query OutboundMessages($first: Int!, $after: String) {
    outboundMessages(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          channel
          recipient
          body
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    }
  }
`);

export const WEBHOOK_DELIVERIES = graphql(`
  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {
    webhookDeliveries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          provider
          eventId
          eventType
          status
          signatureValid
          attempts
          error
          receivedAt
          processedAt
        }
      }
    }
  }
`);

export const REPLAY_WEBHOOK_DELIVERY = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      id
      status
      error
      processedAt
    }
  }
`);
