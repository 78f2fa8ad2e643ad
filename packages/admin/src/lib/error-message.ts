import { CombinedGraphQLErrors } from '@apollo/client';
import { i18n } from './i18n';

/** The API's error code (extensions.code) of a failed operation, or NETWORK when no answer came. */
export function errorCode(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return String(error.errors[0]?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  return 'NETWORK';
}

/** The input field a BAD_USER_INPUT or CONFLICT names (extensions.field), to show the error beside it. */
export function errorField(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const field = error.errors[0]?.extensions?.['field'];
  return typeof field === 'string' ? field : undefined;
}

/**
 * A sentence a person understands, in the chosen language. For input errors the API's own
 * message names what is wrong (it is written for people), so it is shown after the sentence.
 */
export function errorMessage(error: unknown): string {
  const code = errorCode(error);
  const sentence = i18n.t(`errors.${code}`, { ns: 'common', defaultValue: i18n.t('errors.INTERNAL_SERVER_ERROR', { ns: 'common' }) });
  if ((code === 'BAD_USER_INPUT' || code === 'CONFLICT') && CombinedGraphQLErrors.is(error) && error.errors[0]?.message) return `${sentence} ${error.errors[0].message}`;
  return sentence;
}
