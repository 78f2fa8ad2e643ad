import { skipToken, useQuery } from '@apollo/client/react';
import type { AssignableUsersQuery, Role } from '../../gql/graphql';
import { AssignableUsers } from './projects.graphql';

/** Active users of one role (at most 100, plenty for a crew); `users` is ADMIN-only, so others skip it. */
export function useAssignableUsers(role: Extract<Role, 'CONTRACTOR' | 'EXPERT'>, enabled = true) {
  const { data, loading, error } = useQuery(AssignableUsers, enabled ? { variables: { role } } : skipToken);
  const users: ReadonlyArray<AssignableUsersQuery['users']['edges'][number]['node']> = data?.users.edges.map((edge) => edge.node) ?? [];
  return { users, loading: loading && !data, error };
}

/** Names of the active contractors and experts by id, for admins; empty for other roles. */
export function useCrewNames(enabled: boolean): (id: string) => string | undefined {
  const contractors = useAssignableUsers('CONTRACTOR', enabled);
  const experts = useAssignableUsers('EXPERT', enabled);
  const names = new Map([...contractors.users, ...experts.users].map((user) => [user.id, user.name]));
  return (id) => names.get(id);
}
