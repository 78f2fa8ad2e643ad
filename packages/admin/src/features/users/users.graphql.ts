import { graphql } from '../../gql/gql';

export const UserRow = graphql(`
  fragment UserRow on User {
    id
    name
    email
    phone
    role
    active
    createdAt
  }
`);

export const Users = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PagerPageInfo
      }
      edges {
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

// Returns a whole row: the normalized cache updates the row in place.
export const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserRow
    }
  }
`);

export const ResendInvitation = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      ...UserRow
    }
  }
`);
