import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarginRuleRowFragment } from '../../gql/graphql';
import { errorCode, errorField, errorMessage } from '../../lib/error-message';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { FormMessage } from '../../ui/States';
import { dayToIso, isoToDay } from './margin-dates';
import { MarginRules, UpsertMarginRule } from './margins.graphql';

type FieldName = 'serviceType' | 'marginPercent' | 'validFrom' | 'validTo';
const FIELDS: readonly string[] = ['serviceType', 'marginPercent', 'validFrom', 'validTo'] satisfies FieldName[];

/**
 * Creates a rule, or changes `rule` when given (its id is sent). The page remounts it per rule,
 * so switching rules starts from that rule's values.
 */
export function MarginRuleForm({
  rule,
  serviceTypes,
  onSaved,
  onCancel,
}: {
  rule: MarginRuleRowFragment | null;
  serviceTypes: readonly string[];
  onSaved: (saved: MarginRuleRowFragment) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('margins');
  const titleId = useId();
  const listId = useId();
  const [serviceType, setServiceType] = useState(rule?.serviceType ?? '');
  const [marginPercent, setMarginPercent] = useState(rule ? String(rule.marginPercent) : '');
  const [validFrom, setValidFrom] = useState(isoToDay(rule?.validFrom));
  const [validTo, setValidTo] = useState(isoToDay(rule?.validTo));
  const [invalid, setInvalid] = useState<Partial<Record<FieldName, string>>>({});
  // The list is read again so a new rule, or one whose dates moved it, shows in its place.
  const [upsert, { loading, error, reset }] = useMutation(UpsertMarginRule, { refetchQueries: [MarginRules], awaitRefetchQueries: true });

  const apiField = error ? errorField(error) : undefined;
  const shownAtField = apiField && FIELDS.includes(apiField) ? (apiField as FieldName) : undefined;
  // The database's overlap rule is the one refusal people meet here; it gets its own sentence.
  const apiError = () => (errorCode(error) === 'CONFLICT' && apiField === 'validFrom' ? t('error.overlap') : errorMessage(error));
  const fieldError = (field: FieldName) => invalid[field] ?? (shownAtField === field ? apiError() : undefined);

  const check = (): Partial<Record<FieldName, string>> => {
    const problems: Partial<Record<FieldName, string>> = {};
    if (!serviceType.trim()) problems.serviceType = t('error.serviceTypeRequired');
    const percent = Number(marginPercent.replace(',', '.'));
    if (marginPercent.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 999.99) problems.marginPercent = t('error.marginPercentRange');
    if (!validFrom) problems.validFrom = t('error.validFromRequired');
    if (validFrom && validTo && validTo <= validFrom) problems.validTo = t('error.validToAfterFrom');
    return problems;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const problems = check();
    setInvalid(problems);
    if (Object.keys(problems).length) return;
    const input = {
      ...(rule ? { id: rule.id } : {}),
      serviceType: serviceType.trim(),
      marginPercent: Number(marginPercent.replace(',', '.')),
      validFrom: dayToIso(validFrom),
      validTo: validTo ? dayToIso(validTo) : null,
    };
    const result = await upsert({ variables: { input } }).catch(() => null);
    if (result?.data) onSaved(result.data.upsertMarginRule);
  };

  return (
    <form className="card form margin-form" onSubmit={(event) => void submit(event)} aria-labelledby={titleId} noValidate>
      <h2 id={titleId}>{rule ? t('form.editTitle', { serviceType: rule.serviceType }) : t('form.newTitle')}</h2>
      <TextField
        label={t('field.serviceType')}
        value={serviceType}
        onChange={(e) => setServiceType(e.target.value)}
        error={fieldError('serviceType')}
        list={listId}
        autoComplete="off"
        autoFocus={rule !== null}
        required
      />
      <datalist id={listId}>
        {serviceTypes.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <TextField
        label={t('field.marginPercent')}
        type="number"
        inputMode="decimal"
        min={0}
        max={999.99}
        step={0.01}
        value={marginPercent}
        onChange={(e) => setMarginPercent(e.target.value)}
        error={fieldError('marginPercent')}
        required
      />
      <div className="form-row">
        <TextField label={t('field.validFrom')} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} error={fieldError('validFrom')} required />
        <TextField
          label={t('field.validTo')}
          type="date"
          value={validTo}
          onChange={(e) => setValidTo(e.target.value)}
          error={fieldError('validTo')}
          hint={t('field.validToHint')}
        />
      </div>
      {!shownAtField && <FormMessage error={error} />}
      <div className="page-actions">
        <Button type="submit" variant="primary" busy={loading}>
          {rule ? t('form.saveChanges') : t('form.create')}
        </Button>
        {rule && <Button onClick={onCancel}>{t('form.cancelEdit')}</Button>}
      </div>
    </form>
  );
}
