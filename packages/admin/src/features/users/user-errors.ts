import { CombinedGraphQLErrors } from '@apollo/client';
import { errorCode, errorField, errorFields, errorMessage } from '../../lib/error-message';
import { i18n } from '../../lib/i18n';

const t = (key: string) => i18n.t(key, { ns: 'users' });

/**
 * The invite form's errors by field (a taken e-mail, or what argument validation refused).
 * The API's own wording is English, so each field gets a sentence from the locale files.
 */
export function inviteFieldErrors(error: unknown): Partial<Record<'name' | 'email' | 'phone' | 'role', string>> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const code = errorCode(error);
  const fields = new Set(errorFields(error));

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
