import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/app-services';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { addDays, businessToday } from './business-day';
import { downloadErrorMessage } from './download-error-message';
import { fetchFile, saveBlob } from './download-file';

/** The API's default range, so an untouched form exports what it would. */
const DEFAULT_DAYS = 30;

/** Every payment received on the chosen days (in Vilnius), as the bookkeeper's CSV. */
export function PaymentsCsvExport() {
  const { t } = useTranslation('finance');
  const { session } = useServices();
  const [to, setTo] = useState(businessToday);
  const [from, setFrom] = useState(() => addDays(businessToday(), -DEFAULT_DAYS));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async (event: FormEvent) => {
    event.preventDefault();
    // ISO dates compare as text; the API refuses the reverse order too, this only says it sooner.
    if (from && to && from > to) {
      setError(t('export.rangeInvalid'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const query = new URLSearchParams({ from, to });
      const { blob, filename } = await fetchFile(session, `/api/v1/finance/payments.csv?${query}`);
      saveBlob(blob, filename ?? `mokejimai-${from}-${to}.csv`);
    } catch (failure) {
      setError(downloadErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card finance-card" aria-labelledby="payments-export-heading">
      <h2 id="payments-export-heading">{t('export.heading')}</h2>
      <form onSubmit={(event) => void download(event)} noValidate>
        <div className="form-row">
          <TextField label={t('export.from')} type="date" value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)} required />
          <TextField label={t('export.to')} type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} required />
          <Button type="submit" busy={busy}>
            {t('export.download')}
          </Button>
        </div>
        {error && (
          <p className="form-message form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
