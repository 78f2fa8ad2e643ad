import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceCategory } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { FormMessage } from '../../ui/States';
import { errorField } from '../../lib/error-message';
import { AddEvidence } from './projects.graphql';
import { refetchProjectAfter } from './refetch-project';

const CATEGORIES: readonly EvidenceCategory[] = ['SITE_BEFORE', 'WORK_IN_PROGRESS', 'SITE_AFTER', 'EXPERT_CERTIFICATION'];

/** Adds a photo already stored elsewhere, by its http(s) URL. */
export function AddEvidenceForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  const [fileUrl, setFileUrl] = useState('');
  const [category, setCategory] = useState<EvidenceCategory>('EXPERT_CERTIFICATION');
  const [added, setAdded] = useState(false);
  const [missingUrl, setMissingUrl] = useState(false);
  // The refetched project brings the photo, the certification count and the audit entry at once.
  const [addEvidence, { loading, error }] = useMutation(AddEvidence, refetchProjectAfter());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    setMissingUrl(!fileUrl.trim());
    if (!fileUrl.trim()) return;
    const result = await addEvidence({ variables: { input: { projectId, fileUrl: fileUrl.trim(), category } } }).catch(() => undefined);
    if (result?.data) {
      setFileUrl('');
      setAdded(true);
    }
  };

  const urlError = missingUrl ? t('evidence.urlRequired') : error && errorField(error) === 'fileUrl' ? t('evidence.invalidUrl') : undefined;
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-evidence">
      <h3 id="add-evidence">{t('evidence.addTitle')}</h3>
      <TextField
        label={t('evidence.url')}
        type="url"
        inputMode="url"
        value={fileUrl}
        onChange={(e) => setFileUrl(e.target.value)}
        required
        placeholder="https://"
        error={urlError}
      />
      <SelectField
        label={t('evidence.category')}
        value={category}
        onChange={(e) => setCategory(CATEGORIES.find((value) => value === e.target.value) ?? category)}
        options={CATEGORIES.map((value) => ({ value, label: t(`evidenceCategory.${value}`) }))}
      />
      <FormMessage error={urlError || missingUrl ? undefined : error} success={added ? t('evidence.added') : null} />
      <Button type="submit" variant="primary" busy={loading}>
        {t('evidence.add')}
      </Button>
    </form>
  );
}
