import type { CallRequestSource, CallRequestStatus } from '../../gql/graphql';

// In the order work moves on; the select lists them so.
export const CALL_STATUSES: readonly CallRequestStatus[] = ['NEW', 'CONTACTED', 'SCHEDULED', 'CLOSED'];
export const CALL_SOURCES: readonly CallRequestSource[] = ['PHONE', 'CHAT'];

export const isCallStatus = (value: string | null): value is CallRequestStatus => CALL_STATUSES.includes(value as CallRequestStatus);
export const isCallSource = (value: string | null): value is CallRequestSource => CALL_SOURCES.includes(value as CallRequestSource);
