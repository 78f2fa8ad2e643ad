import { randomUUID } from 'node:crypto';
import { Role } from '../../packages/api/src/core/auth/role';
import type { TestServer } from './test-server';

export const USER_FIELDS = 'id email name role phone active createdAt';

export const CREATE_USER = `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ${USER_FIELDS} }
  }`;

export const UPDATE_USER = `
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) { ${USER_FIELDS} }
  }`;

export const USERS = `
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${USER_FIELDS} } }
    }
  }`;

export const SET_PASSWORD = `mutation SetPassword($token: String!, $password: String!) { setPassword(token: $token, password: $password) }`;
export const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken expiresAt user { id email name role } } }`;
export const REFRESH_SESSION = `mutation RefreshSession { refreshSession { accessToken expiresAt user { id email role } } }`;
export const LOGOUT = `mutation Logout { logout }`;
export const RESEND_INVITATION = `mutation ResendInvitation($userId: ID!) { resendInvitation(userId: $userId) { id } }`;

export interface UserNode {
  id: string;
  email: string | null;
  name: string;
  role: Role;
  phone: string | null;
  active: boolean;
  createdAt: string;
}

/** A user added the way an admin adds one (createUser); active and assignable at once. */
export async function createUser(server: TestServer, role: Role, input: { email?: string; name?: string; phone?: string | null } = {}): Promise<UserNode> {
  const admin = await server.token(Role.ADMIN);
  const response = await server.graphql<{ createUser: UserNode }>(
    CREATE_USER,
    { input: { email: input.email ?? `${randomUUID()}@test.vejapro.lt`, name: input.name ?? 'Test User', role, phone: input.phone ?? null } },
    admin,
  );
  if (!response.data?.createUser) throw new Error(`createUser failed: ${JSON.stringify(response.errors)}`);
  return response.data.createUser;
}
