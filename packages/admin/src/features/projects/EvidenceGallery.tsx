import { useTranslation } from 'react-i18next';
import type { EvidenceItemFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { Empty } from '../../ui/States';

/** Photos certification needs (the API's MIN_CERTIFICATION_EVIDENCES). */
export const CERTIFICATION_PHOTOS_NEEDED = 3;

export const certificationPhotoCount = (evidences: readonly EvidenceItemFragment[]) => evidences.filter((e) => e.category === 'EXPERT_CERTIFICATION').length;

/** A project's photos, newest first, each opening the stored file; and how far certification photos have got. */
export function EvidenceGallery({ evidences }: { evidences: readonly EvidenceItemFragment[] }) {
  const { t } = useTranslation('projects');
  return (
    <>
      <p data-testid="certification-count">{t('evidence.certificationCount', { photos: certificationPhotoCount(evidences), needed: CERTIFICATION_PHOTOS_NEEDED })}</p>
      {evidences.length === 0 ? (
        <Empty>{t('evidence.empty')}</Empty>
      ) : (
        <ul className="gallery" aria-label={t('evidence.title')} style={{ listStyle: 'none', padding: 0 }}>
          {evidences.map((evidence) => (
            <li key={evidence.id}>
              <figure>
                <a href={evidence.fileUrl} target="_blank" rel="noopener noreferrer">
                  <img src={evidence.fileUrl} alt={t(`evidenceCategory.${evidence.category}`)} loading="lazy" />
                </a>
                <figcaption>
                  {t(`evidenceCategory.${evidence.category}`)} · {formatDateTime(evidence.uploadedAt)}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
