import { ProjectById } from './projects.graphql';

/**
 * Mutation options that refetch the project on screen and wait for it, so the button stays
 * busy until the new status, the next steps and the new audit entry are shown.
 */
export const refetchProjectAfter = () => ({ refetchQueries: [ProjectById], awaitRefetchQueries: true });
