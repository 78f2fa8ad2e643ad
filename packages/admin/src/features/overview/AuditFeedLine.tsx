import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditFeedLineFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

/** One change: when, what, on what, by whom. Actions are free text in the API, so unknown ones are shown as sent. */
export function AuditFeedLine({ entry }: { entry: AuditFeedLineFragment }) {
  const { t } = useTranslation('overview');
  const entity = t(`entityType.${entry.entityType}`, { defaultValue: entry.entityType });
  return (
    <li className="audit-feed-line">
      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
      <span className="audit-feed-action">{t(`action.${entry.action}`, { defaultValue: entry.action })}</span>
      <span>{entry.entityType === 'project' ? <Link to={`/projects/${entry.entityId}`}>{entity}</Link> : entity}</span>
      <span className="badge">{t(`actorType.${entry.actorType}`)}</span>
    </li>
  );
}
