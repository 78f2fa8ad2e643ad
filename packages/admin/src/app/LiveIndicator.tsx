import { useTranslation } from 'react-i18next';
import { useLiveStatus } from './app-services';

/** Connected, or reconnecting: live data on screen may lag until the dot is green again. */
export function LiveIndicator() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  return (
    <span className="live-indicator" data-status={status} role="status" data-testid="live-indicator">
      <span className="live-dot" aria-hidden="true" />
      {t(`live.${status}`)}
    </span>
  );
}
