import { stdSerializers } from 'pino';

/** Properties of driver errors that carry the statement's values (personal data, tokens). */
const VALUE_CARRYING = ['parameters', 'driverError', 'detail', 'where', 'internalQuery', 'query'];

/**
 * Errors as logs should keep them: type, message, code, stack, cause, without the values a
 * failed SQL statement was given (TypeORM's QueryFailedError carries them in `parameters`).
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of VALUE_CARRYING) delete serialized[key];
  return serialized;
}
