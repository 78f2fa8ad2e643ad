import { graphql } from '../../gql/gql';

export const CallRequestEditor = graphql(`
  fragment CallRequestEditor on CallRequest {
    id
    callerName
    status
    note
  }
`);

export const CallRequestRow = graphql(`
  fragment CallRequestRow on CallRequest {
    id
    requestedAt
    source
    callerName
    phone
    email
    message
    updatedAt
    ...CallRequestEditor
  }
`);

export const CallRequests = graphql(`
  query CallRequests($first: Int!, $after: String, $filter: CallRequestFilter) {
    callRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PagerPageInfo
      }
      edges {
        node {
          ...CallRequestRow
        }
      }
    }
  }
`);

export const UpdateCallRequest = graphql(`
  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {
    updateCallRequest(input: $input) {
      ...CallRequestRow
    }
  }
`);
