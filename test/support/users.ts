import { randomUUID } from 'node:crypto';
import { Role } from '../../packages/api/src/core/auth/role';
import { graphql } from '../generated/gql';
import type { UserFieldsFragment } from '../generated/graphql';
import { dataOf } from './documents';
import type { TestServer } from './test-server';

export const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id
    email
    name
    role
    phone
    active
    createdAt
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);

export const USERS = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...UserFields
        }
      }
    }
  }
`);

export const SET_PASSWORD = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password)
  }
`);

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      expiresAt
      user {
        id
        email
        name
        role
      }
    }
  }
`);

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresAt
      user {
        id
        email
        role
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      id
    }
  }
`);

export type UserNode = UserFieldsFragment;

/** A user added the way an admin adds one (createUser); active and assignable at once. */
export async function createUser(server: TestServer, role: Role, input: { email?: string; name?: string; phone?: string | null } = {}): Promise<UserNode> {
  const admin = await server.token(Role.ADMIN);
  const response = await server.graphql(
    CREATE_USER,
    { input: { email: input.email ?? `${randomUUID()}@test.vejapro.lt`, name: input.name ?? 'Test User', role, phone: input.phone ?? null } },
    admin,
  );
  return dataOf(response).createUser;
}
