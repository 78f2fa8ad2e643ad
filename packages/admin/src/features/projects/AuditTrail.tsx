import { useTranslation } from 'react-i18next';
import type { AuditEntryFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { Empty } from '../../ui/States';
import { changedValues, type ChangedValue } from './audit-change';

/** The project's latest history, newest first (as the API gives it). `nameOf` names a known user id. */
export function AuditTrail({ entries, totalCount, nameOf }: { entries: readonly AuditEntryFragment[]; totalCount: number; nameOf: (id: string) => string | undefined }) {
  const { t } = useTranslation('projects');
  if (entries.length === 0) return <Empty>{t('audit.empty')}</Empty>;
  const actor = (entry: AuditEntryFragment) => {
    const kind = t(`actorType.${entry.actorType}`);
    const name = entry.actorId ? nameOf(entry.actorId) : undefined;
    return name ? `${kind} ${name}` : kind;
  };
  return (
    <>
      <ol className="audit-trail" data-testid="audit-trail">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{t(`auditAction.${entry.action}`, { defaultValue: entry.action })}</strong>
            <div className="audit-meta">
              <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time> · {actor(entry)}
            </div>
            <ChangeLine changes={changedValues(entry.oldValue, entry.newValue, nameOf)} />
            {entry.note && <p className="audit-change">{t('audit.note', { note: entry.note })}</p>}
          </li>
        ))}
      </ol>
      {totalCount > entries.length && <p className="audit-meta">{t('audit.more', { shown: entries.length, total: totalCount })}</p>}
    </>
  );
}

function ChangeLine({ changes }: { changes: readonly ChangedValue[] }) {
  if (changes.length === 0) return null;
  return (
    <p className="audit-change">
      {changes.map((change, index) => (
        <span key={change.key}>
          {index > 0 && '; '}
          {change.label}: {change.from === undefined ? change.to : `${change.from} → ${change.to ?? '—'}`}
        </span>
      ))}
    </p>
  );
}
