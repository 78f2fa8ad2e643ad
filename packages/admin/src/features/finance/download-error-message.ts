import { errorMessage } from '../../lib/error-message';
import { i18n } from '../../lib/i18n';
import { DownloadError } from './download-file';

/** The sentence for a failed download, worded as errorMessage words GraphQL errors (same codes, same texts). */
export function downloadErrorMessage(error: unknown): string {
  if (!(error instanceof DownloadError)) return errorMessage(error);
  const sentence = i18n.t(`errors.${error.code}`, { ns: 'common', defaultValue: i18n.t('errors.INTERNAL_SERVER_ERROR', { ns: 'common' }) });
  return error.code === 'BAD_USER_INPUT' ? `${sentence} ${error.message}` : sentence;
}
