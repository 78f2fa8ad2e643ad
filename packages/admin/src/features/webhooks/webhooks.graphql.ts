import { graphql } from '../../gql/gql';

export const WebhookDeliveryRow = graphql(`
  fragment WebhookDeliveryRow on WebhookDelivery {
    id
    receivedAt
    provider
    eventType
    eventId
    status
    signatureValid
    attempts
    outcome
    error
    processedAt
  }
`);

export const WebhookDeliveries = graphql(`
  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {
    webhookDeliveries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PagerPageInfo
      }
      edges {
        node {
          ...WebhookDeliveryRow
        }
      }
    }
  }
`);

// Returns the same fields as a row, so the normalized cache updates the row in place.
export const ReplayWebhookDelivery = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      ...WebhookDeliveryRow
    }
  }
`);
