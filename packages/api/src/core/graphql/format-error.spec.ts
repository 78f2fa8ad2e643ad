import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/domain-error';
import { createErrorFormatter } from './format-error';

const logger = pino({ level: 'silent' });
const production = createErrorFormatter({ isProduction: true, docsEnabled: false, logger });
const development = createErrorFormatter({ isProduction: false, docsEnabled: true, logger });

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['projects'] });
}

describe('createErrorFormatter', () => {
  it('masks unknown errors in production: no SQL, no stack, no host', () => {
    const error = resolverError(new Error('relation "projects" does not exist at db.internal:5432'));
    const formatted = production({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: undefined, locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the message of unknown errors in development, coded INTERNAL_SERVER_ERROR', () => {
    const error = resolverError(new Error('boom'));
    expect(development({ message: 'boom', extensions: {} }, error)).toMatchObject({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('maps domain errors to their contract code', () => {
    const error = resolverError(new NotFoundError('Project', 'p-1'));
    expect(production({ message: error.message }, error)).toMatchObject({ message: 'Project p-1 not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('passes protocol errors through without stack traces or suggestions in production', () => {
    const error = new GraphQLError('Cannot query field "viewr" on type "Query". Did you mean "viewer"?', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const formatted = production({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at x'] } }, error);
    expect(formatted).toMatchObject({ message: 'Cannot query field "viewr" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatted.extensions).not.toHaveProperty('stacktrace');
  });
});
