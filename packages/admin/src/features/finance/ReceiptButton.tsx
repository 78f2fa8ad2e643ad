import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/app-services';
import { Button } from '../../ui/Button';
import { downloadErrorMessage } from './download-error-message';
import { fetchFile, saveBlob } from './download-file';

/** Downloads one payment's PDF receipt (the request needs the bearer token, so no plain link). */
export function ReceiptButton({ paymentId, description }: { paymentId: string; description: string }) {
  const { t } = useTranslation('finance');
  const { session } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await fetchFile(session, `/api/v1/finance/payments/${encodeURIComponent(paymentId)}/receipt.pdf`);
      saveBlob(blob, filename ?? `kvitas-${paymentId.slice(0, 8)}.pdf`);
    } catch (failure) {
      setError(downloadErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {/* The name begins with the visible text (label in name) and says which payment it is for. */}
      <Button busy={busy} onClick={() => void download()} aria-label={`${t('recent.receipt')}: ${description}`}>
        {t('recent.receipt')}
      </Button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
