import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logging/logger';
import { DomainError, clientErrorOf } from '../errors/domain-error';
import { ErrorCode, PROTOCOL_ERROR_CODES } from '../errors/error-code';

export interface ErrorFormatterOptions {
  isProduction: boolean;
  /** Without docs, "Did you mean ...?" hints would leak the schema. */
  docsEnabled: boolean;
  logger: Logger;
}

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...PROTOCOL_ERROR_CODES]);
const SUGGESTION = /\s*Did you mean .+\?/g;

/**
 * The single mapping from thrown errors to what clients see, for HTTP and
 * websocket operations alike. Domain errors carry their code; errors that
 * already have a contract code pass through; anything else is logged and, in
 * production, masked so no SQL, stack or host name leaves the server.
 */
export function createErrorFormatter({ isProduction, docsEnabled, logger }: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const path = formatted.path;
    const locations = formatted.locations;

    if (original instanceof DomainError) {
      const { message, extensions } = clientErrorOf(original);
      return { message, locations, path, extensions };
    }

    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const fromGraphQL = original instanceof GraphQLError || error instanceof GraphQLError;
    if (code && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR && fromGraphQL) {
      const message = docsEnabled ? formatted.message : formatted.message.replace(SUGGESTION, '');
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { message, locations, path, extensions: isProduction ? extensions : formatted.extensions };
    }

    logger.error({ err: original, path }, 'unexpected error in a GraphQL operation');
    if (isProduction) {
      return { message: 'Internal server error', locations, path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
