import { QueryFailedError } from 'typeorm';
import { DomainError, BadUserInputError, ConflictError } from '../errors/domain-error';
import { QueryDeadlineExceeded } from './query-deadline';

/** PostgreSQL SQLSTATEs that mean "the input broke a rule", not "the server broke". */
const PG = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  invalidTextRepresentation: '22P02',
  numericOutOfRange: '22003',
} as const;

export function pgErrorCode(error: unknown): string | undefined {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: unknown }) : (error as { code?: unknown });
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
}

export function constraintOf(error: unknown): string | undefined {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { constraint?: unknown }) : undefined;
  return typeof driverError?.constraint === 'string' ? driverError.constraint : undefined;
}

/**
 * Maps constraint violations to coded domain errors, so a database rule is
 * reported like any other rule. Everything else is rethrown untouched (and masked at the edge).
 */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = pgErrorCode(error);
  const constraint = constraintOf(error);
  switch (code) {
    case PG.uniqueViolation:
    case PG.exclusionViolation:
      return new ConflictError(CONSTRAINT_MESSAGES[constraint ?? ''] ?? 'This conflicts with an existing record', constraint ? { constraint } : undefined);
    case PG.foreignKeyViolation:
      return new BadUserInputError('A referenced record does not exist', constraint ? { constraint } : undefined);
    case PG.checkViolation:
    case PG.notNullViolation:
    case PG.invalidTextRepresentation:
    case PG.numericOutOfRange:
      return new BadUserInputError(CONSTRAINT_MESSAGES[constraint ?? ''] ?? 'A value is not acceptable', constraint ? { constraint } : undefined);
    default:
      return error;
  }
}

const CONSTRAINT_MESSAGES: Record<string, string> = {
  ex_margin_rules_overlap: 'Another margin rule for this service type overlaps this period',
  ck_margin_rules_period: 'validTo must be after validFrom',
  uq_payments_provider_reference: 'This payment has already been recorded',
  uq_payments_project_type_reference: 'This payment has already been recorded for the project',
  uq_users_email: 'A user with this e-mail already exists',
};

/** SQLSTATEs of PostgreSQL's own deadlines: statement_timeout (and cancels), idle_in_transaction_session_timeout. */
const DEADLINE_SQLSTATES = new Set(['57014', '25P03']);
/** What pg and its pool say when a connection could not be had in time. */
const DEADLINE_MESSAGES = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

/** The database did not answer within a deadline (statement, pool, connection, client-side query deadline). */
export function isDatabaseTimeout(error: unknown): boolean {
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (cause instanceof QueryDeadlineExceeded) return true;
  const code = pgErrorCode(error);
  if (code && DEADLINE_SQLSTATES.has(code)) return true;
  const message = cause instanceof Error ? cause.message : '';
  return DEADLINE_MESSAGES.some((known) => message.includes(known));
}
