import { useTranslation } from 'react-i18next';
import { valueChanges } from './value-changes';

const SHOWN = 6;

/** `key: old → new` per changed key, the first few only: the full values are in the API. */
export function AuditValueChanges({ oldValue, newValue }: { oldValue: Record<string, unknown> | null; newValue: Record<string, unknown> | null }) {
  const { t } = useTranslation('audit');
  const changes = valueChanges(oldValue, newValue);
  if (!changes.length) return <span aria-label={t('noChanges')}>—</span>;
  return (
    <ul className="value-changes">
      {changes.slice(0, SHOWN).map((change) => (
        <li key={change.key}>
          <code>{change.key}</code>:{' '}
          {change.before !== undefined && (
            <>
              <del>{change.before}</del>
              {change.after !== undefined && <span aria-hidden="true"> → </span>}
            </>
          )}
          {change.after !== undefined && <ins>{change.after}</ins>}
        </li>
      ))}
      {changes.length > SHOWN && <li>{t('moreChanges', { count: changes.length - SHOWN })}</li>}
    </ul>
  );
}
