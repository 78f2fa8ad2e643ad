import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallRequestEditorFragment, CallRequestStatus } from '../../gql/graphql';
import { errorField, errorMessage } from '../../lib/error-message';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { FormMessage } from '../../ui/States';
import { UpdateCallRequest } from './calls.graphql';
import { CALL_STATUSES } from './call-request-enums';

interface Draft {
  status: CallRequestStatus;
  note: string;
}

/**
 * Status and note of one call request. Untouched, it shows the saved values; an edit is a
 * draft until saved, then the row shows what the API returned (the cache updates the row).
 */
export function CallRequestEditor({ request }: { request: CallRequestEditorFragment }) {
  const { t } = useTranslation('calls');
  const titleId = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useMutation(UpdateCallRequest);
  const shown: Draft = draft ?? { status: request.status, note: request.note ?? '' };
  const change = (next: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...shown, ...next });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    reset();
    const note = draft.note.trim();
    const result = await update({ variables: { input: { id: request.id, status: draft.status, note: note || null } } }).catch(() => null);
    if (!result?.data) return;
    setDraft(null);
    setSaved(true);
  };

  const noteError = error && errorField(error) === 'note' ? errorMessage(error) : undefined;
  return (
    <form className="call-editor" onSubmit={(event) => void submit(event)} aria-labelledby={titleId} noValidate>
      <span id={titleId} className="visually-hidden">
        {t('editor.title', { caller: request.callerName ?? t('unknownCaller') })}
      </span>
      <SelectField
        label={t('editor.status')}
        value={shown.status}
        onChange={(e) => change({ status: e.target.value as CallRequestStatus })}
        options={CALL_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      <TextField label={t('editor.note')} value={shown.note} onChange={(e) => change({ note: e.target.value })} maxLength={2000} error={noteError} />
      {!noteError && <FormMessage error={error} success={saved ? t('editor.saved') : null} />}
      <Button type="submit" variant="primary" busy={loading} disabled={!draft}>
        {t('editor.save')}
      </Button>
    </form>
  );
}
