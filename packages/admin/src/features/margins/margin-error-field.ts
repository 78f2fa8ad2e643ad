import { CombinedGraphQLErrors } from '@apollo/client';
import { errorField } from '../../lib/error-message';

/** Database rules the API reports by constraint name only; each is about one field of the form. */
const CONSTRAINT_FIELDS: Record<string, string> = {
  ex_margin_rules_overlap: 'validFrom',
  ck_margin_rules_period: 'validTo',
};

/** The form field an upsert error is about: the one the API names, else the one its constraint is about. */
export function marginErrorField(error: unknown): string | undefined {
  const named = errorField(error);
  if (named) return named;
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const constraint = error.errors[0]?.extensions?.['constraint'];
  return typeof constraint === 'string' ? CONSTRAINT_FIELDS[constraint] : undefined;
}
