import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentType, QuickPaymentMethod, QuickPaymentProjectOptionFragment } from '../../gql/graphql';
import { errorCode, errorField, errorMessage } from '../../lib/error-message';
import { formatMoney } from '../../lib/format';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { FormMessage } from '../../ui/States';
import { FinanceProjectOptions, RecordQuickPayment } from './finance.graphql';
import { newIdempotencyKey } from './new-idempotency-key';
import { parseEurosToCents } from './parse-euros';
import { OTHER_PROJECT, ProjectPicker } from './ProjectPicker';

type Field = 'projectId' | 'amount';
const PAYMENT_TYPES: readonly PaymentType[] = ['DEPOSIT', 'FINAL'];
const METHODS: readonly QuickPaymentMethod[] = ['BANK_TRANSFER', 'CASH'];

/** The payment a project is waiting for: the deposit before work, the final payment once certified. */
const expectedType = (project: QuickPaymentProjectOptionFragment | undefined): PaymentType | undefined =>
  project?.status === 'DRAFT' ? 'DEPOSIT' : project?.status === 'CERTIFIED' ? 'FINAL' : undefined;

/**
 * Cash or a bank transfer received outside Stripe. One idempotency key per filled-in form: a
 * double click, or a retry after the answer was lost, records the payment once (the API then
 * answers `replayed`). Only a success starts a new form with a new key.
 */
export function QuickPaymentForm() {
  const { t } = useTranslation('finance');
  const { data } = useQuery(FinanceProjectOptions);
  const projects = data?.projects.edges.map((edge) => edge.node) ?? [];
  const [choice, setChoice] = useState('');
  const [otherId, setOtherId] = useState('');
  const [paymentType, setPaymentType] = useState<PaymentType>('DEPOSIT');
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<QuickPaymentMethod>('BANK_TRANSFER');
  const [note, setNote] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const [success, setSuccess] = useState<string | null>(null);
  const [record, { loading, error, reset }] = useMutation(RecordQuickPayment);

  const startOver = () => {
    setChoice('');
    setOtherId('');
    setPaymentType('DEPOSIT');
    setAmount('');
    setMethod('BANK_TRANSFER');
    setNote('');
    setInvalid({});
    setIdempotencyKey(newIdempotencyKey());
    reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const projectId = (choice === OTHER_PROJECT ? otherId : choice).trim();
    const cents = parseEurosToCents(amount);
    const problems: Partial<Record<Field, string>> = {};
    if (!projectId) problems.projectId = t('quick.errors.projectRequired');
    if (cents === null) problems.amount = t('quick.errors.amountInvalid');
    else if (cents <= 0) problems.amount = t('quick.errors.amountPositive');
    setInvalid(problems);
    setSuccess(null);
    if (Object.keys(problems).length > 0 || cents === null) return;

    const { data: answer } = await record({
      variables: { input: { projectId, paymentType, amount: cents, currency: 'EUR', method, note: note.trim() || null, idempotencyKey } },
    }).catch(() => ({ data: undefined }));
    if (!answer) return;
    const { replayed, emailQueued, payment, project } = answer.recordQuickPayment;
    const facts = { amount: formatMoney(payment.amount, payment.currency.toUpperCase()), client: project.clientInfo.name };
    setSuccess([t(replayed ? 'quick.replayed' : 'quick.recorded', facts), emailQueued ? t('quick.emailQueued') : ''].filter(Boolean).join(' '));
    startOver();
  };

  // The API names the input field it refuses (or NOT_FOUND: no such project): shown beside it.
  const apiField = errorCode(error) === 'NOT_FOUND' ? 'projectId' : errorField(error);
  const fieldError = (field: Field) => invalid[field] ?? (apiField === field ? errorMessage(error) : undefined);
  const formError = error && apiField !== 'projectId' && apiField !== 'amount' ? error : undefined;

  return (
    <section className="card finance-card" aria-labelledby="quick-payment-heading">
      <h2 id="quick-payment-heading">{t('quick.heading')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ProjectPicker
          projects={projects}
          choice={choice}
          otherId={otherId}
          error={fieldError('projectId')}
          onChoice={(value, project) => {
            setChoice(value);
            const expected = expectedType(project);
            if (expected) setPaymentType(expected);
          }}
          onOtherId={setOtherId}
        />
        <div className="form-row">
          <SelectField
            label={t('quick.paymentType')}
            value={paymentType}
            onChange={(event) => setPaymentType(event.target.value as PaymentType)}
            options={PAYMENT_TYPES.map((type) => ({ value: type, label: t(`paymentType.${type}`) }))}
          />
          <TextField
            label={t('quick.amount')}
            hint={t('quick.amountHint')}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            error={fieldError('amount')}
            onChange={(event) => setAmount(event.target.value)}
            required
          />
        </div>
        <SelectField
          label={t('quick.method')}
          value={method}
          onChange={(event) => setMethod(event.target.value as QuickPaymentMethod)}
          options={METHODS.map((value) => ({ value, label: t(`method.${value}`) }))}
        />
        <TextField label={t('quick.note')} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
        {errorCode(formError) === 'CONFLICT' ? (
          // The key was used with other details: the earlier attempt may have been recorded.
          <div className="form-message form-error" role="alert">
            <p>{t('quick.conflict')}</p>
            <Button onClick={startOver}>{t('quick.startOver')}</Button>
          </div>
        ) : (
          <FormMessage error={formError} success={success} />
        )}
        <Button type="submit" variant="primary" busy={loading}>
          {t('quick.submit')}
        </Button>
      </form>
    </section>
  );
}
