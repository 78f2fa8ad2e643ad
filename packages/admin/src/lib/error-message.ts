import { CombinedGraphQLErrors } from '@apollo/client';
import { i18n } from './i18n';

/** The API's error code (extensions.code) of a failed operation, or NETWORK when no answer came. */
export function errorCode(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return String(error.errors[0]?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  return 'NETWORK';
}

/** The deepest properties class-validator names (type-graphql's argument validation): `clientInfo.phone` -> `phone`. */
function validatedProperties(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((item: { property?: unknown; children?: unknown }) => {
    const nested = validatedProperties(item?.children);
    return nested.length ? nested : typeof item?.property === 'string' ? [item.property] : [];
  });
}

/**
 * The input fields a BAD_USER_INPUT or CONFLICT is about, to show the error beside them: the one a
 * service names (extensions.field), or those argument validation lists (extensions.validationErrors).
 */
export function errorFields(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const extensions = error.errors[0]?.extensions;
  const field = extensions?.['field'];
  return typeof field === 'string' ? [field] : validatedProperties(extensions?.['validationErrors']);
}

export const errorField = (error: unknown): string | undefined => errorFields(error)[0];

/**
 * A sentence a person understands, in the chosen language. For input errors the API's own
 * message says what is wrong; it is written in English, so it is added only in English.
 */
export function errorMessage(error: unknown): string {
  const code = errorCode(error);
  const sentence = i18n.t(`errors.${code}`, { ns: 'common', defaultValue: i18n.t('errors.INTERNAL_SERVER_ERROR', { ns: 'common' }) });
  const detail = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
  if ((code === 'BAD_USER_INPUT' || code === 'CONFLICT') && detail && i18n.language === 'en') return `${sentence} ${detail}`;
  return sentence;
}
