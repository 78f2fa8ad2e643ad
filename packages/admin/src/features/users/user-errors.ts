import { CombinedGraphQLErrors } from '@apollo/client';
import { errorCode, errorField, errorMessage } from '../../lib/error-message';
import { i18n } from '../../lib/i18n';

const t = (key: string) => i18n.t(key, { ns: 'users' });

/**
 * The invite form's errors by field. The service names one field (extensions.field, e.g. a
 * taken e-mail); argument validation lists several (extensions.validationErrors[].property).
 * The API's own wording is English, so each field gets a sentence from the locale files.
 */
export function inviteFieldErrors(error: unknown): Partial<Record<'name' | 'email' | 'phone' | 'role', string>> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const code = errorCode(error);
  const fields = new Set<string>();
  const named = errorField(error);
  if (named) fields.add(named);
  const listed = error.errors[0]?.extensions?.['validationErrors'];
  if (Array.isArray(listed)) for (const item of listed) if (typeof item?.property === 'string') fields.add(item.property);

  const errors: Partial<Record<'name' | 'email' | 'phone' | 'role', string>> = {};
  for (const field of fields) {
    if (field === 'email') errors.email = code === 'CONFLICT' ? t('errors.emailTaken') : t('errors.emailInvalid');
    if (field === 'name') errors.name = t('errors.nameRequired');
    if (field === 'phone') errors.phone = t('errors.phoneInvalid');
    if (field === 'role') errors.role = t('errors.roleRequired');
  }
  return errors;
}

/** A row action's failure as a sentence; the refusals the user service words for this page get their own. */
export function userActionError(error: unknown): string {
  const code = errorCode(error);
  const field = errorField(error);
  if (code === 'BAD_USER_INPUT' && (field === 'active' || field === 'role')) return t('errors.selfLockout');
  if (code === 'BAD_USER_INPUT' && field === 'userId') return t('errors.inviteInactive');
  if (code === 'BAD_USER_INPUT' && field === 'email') return t('errors.inviteNoEmail');
  return errorMessage(error);
}
