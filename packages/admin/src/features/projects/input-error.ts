import { CombinedGraphQLErrors } from '@apollo/client';
import { errorCode, errorField } from '../../lib/error-message';

interface ValidationError {
  property?: unknown;
  children?: unknown;
}

/** The deepest property a class-validator error names: `clientInfo.phone` -> `phone`. */
function leafProperty(errors: unknown): string | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const first = errors[0] as ValidationError;
  return leafProperty(first.children) ?? (typeof first.property === 'string' ? first.property : undefined);
}

/**
 * The input field a BAD_USER_INPUT is about. Services name it in extensions.field; the API's
 * argument validation (type-graphql) lists it in extensions.validationErrors instead.
 */
export function inputErrorField(error: unknown): string | undefined {
  if (errorCode(error) !== 'BAD_USER_INPUT' && errorCode(error) !== 'CONFLICT') return undefined;
  const named = errorField(error);
  if (named) return named;
  return CombinedGraphQLErrors.is(error) ? leafProperty(error.errors[0]?.extensions?.['validationErrors']) : undefined;
}
