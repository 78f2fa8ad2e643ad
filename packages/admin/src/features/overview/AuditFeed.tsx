import { useTranslation } from 'react-i18next';
import type { AuditFeedLineFragment } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { AuditFeedLine } from './AuditFeedLine';

interface AuditFeedProps {
  entries: readonly AuditFeedLineFragment[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The newest changes; a polite live region, so new lines are announced without stealing focus. */
export function AuditFeed({ entries, loading, error, onRetry }: AuditFeedProps) {
  const { t } = useTranslation('overview');
  return (
    <section className="card audit-feed-card" aria-labelledby="audit-feed-heading">
      <h2 id="audit-feed-heading">{t('feed.heading')}</h2>
      <div data-testid="audit-feed" aria-live="polite">
        {loading ? (
          <Loading />
        ) : error ? (
          <ErrorState error={error} onRetry={onRetry} />
        ) : entries.length === 0 ? (
          <Empty>{t('feed.empty')}</Empty>
        ) : (
          <ol className="audit-feed">
            {entries.map((entry) => (
              <AuditFeedLine key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
