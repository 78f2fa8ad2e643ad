import type { Role, UserFilter } from '../../gql/graphql';

/** In the order an admin thinks of them: staff first. */
export const ROLES: readonly Role[] = ['ADMIN', 'CONTRACTOR', 'EXPERT', 'CLIENT'];

export const isRole = (value: string): value is Role => ROLES.includes(value as Role);

/** The list filter from the URL; an unknown value (an edited or old link) is ignored rather than sent. */
export function filterFromUrl(role: string, active: string, search: string): UserFilter {
  return {
    ...(isRole(role) ? { role } : {}),
    ...(active === 'true' || active === 'false' ? { active: active === 'true' } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
  };
}
