import type { ProjectStatus } from '../../gql/graphql';

/** The lifecycle in order, for filters and for reading a status from the URL. */
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['DRAFT', 'PAID', 'SCHEDULED', 'PENDING_EXPERT', 'CERTIFIED', 'ACTIVE'];

export const asProjectStatus = (value: string | null | undefined): ProjectStatus | undefined => PROJECT_STATUSES.find((status) => status === value);
