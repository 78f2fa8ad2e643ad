import { useTranslation } from 'react-i18next';
import './outbox.css';

const PREVIEW_LENGTH = 80;

/** A long body is shown as its first line or so; the whole text opens in place (keyboard: Enter on the summary). */
export function MessageBody({ body }: { body: string }) {
  const { t } = useTranslation('outbox');
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= PREVIEW_LENGTH && !body.includes('\n')) return <span className="message-text">{body}</span>;
  return (
    <details className="message-body">
      <summary>
        {flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH).trimEnd()}…` : flat}
        <span className="visually-hidden"> {t('showFullBody')}</span>
      </summary>
      <p className="message-text">{body}</p>
    </details>
  );
}
