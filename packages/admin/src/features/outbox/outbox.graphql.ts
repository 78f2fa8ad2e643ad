import { graphql } from '../../gql/gql';

export const OutboundMessageRow = graphql(`
  fragment OutboundMessageRow on OutboundMessage {
    id
    createdAt
    channel
    recipient
    subject
    body
    status
    attempts
    lastError
    sentAt
  }
`);

export const OutboundMessages = graphql(`
  query OutboundMessages($first: Int!, $after: String) {
    outboundMessages(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PagerPageInfo
      }
      edges {
        node {
          ...OutboundMessageRow
        }
      }
    }
  }
`);
