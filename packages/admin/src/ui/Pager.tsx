import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from './Button';

/**
 * Cursor pagination kept in the URL (`after`), so back, forward and reload show the same page.
 * Going forward pushes a history entry; "first page" drops the cursor.
 */
export function Pager({ totalCount, endCursor, hasNextPage }: { totalCount: number; endCursor: string | null | undefined; hasNextPage: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const go = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    setParams(next);
  };
  return (
    <nav className="pager" aria-label={t('total', { count: totalCount })}>
      <span>{t('total', { count: totalCount })}</span>
      {after && <Button onClick={() => go(null)}>{t('previous')}</Button>}
      {hasNextPage && endCursor && <Button onClick={() => go(endCursor)}>{t('next')}</Button>}
    </nav>
  );
}
