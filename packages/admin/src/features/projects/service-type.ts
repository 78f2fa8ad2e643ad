import { useTranslation } from 'react-i18next';

/** The service types the business offers today; the API takes any string, so others are shown as written. */
export const KNOWN_SERVICE_TYPES = ['SEEDED_LAWN', 'ROLL_LAWN', 'LAWN_RENOVATION', 'IRRIGATION'] as const;

/** A service type in words when it is a known one, else as stored; a dash when there is none. */
export function useServiceTypeLabel(): (value: string | null | undefined) => string {
  const { t } = useTranslation('projects');
  return (value) => (value ? t(`serviceType.${value}`, { defaultValue: value }) : '—');
}
