import { BadUserInputError } from '../core/errors/domain-error';

export const MIN_PASSWORD_LENGTH = 10;
/** Longer inputs only cost hashing time; no one types more. */
export const MAX_PASSWORD_LENGTH = 200;

/**
 * What makes a password acceptable: length first (NIST SP 800-63B), and not trivially
 * guessable from the account itself or a run of one character.
 */
export function assertAcceptablePassword(password: string, email: string | null): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) throw weak(`Password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (length > MAX_PASSWORD_LENGTH) throw weak(`Password must be at most ${MAX_PASSWORD_LENGTH} characters`);
  if (new Set(password.toLowerCase()).size < 4) throw weak('Password is too easy to guess: use more different characters');
  const lower = password.toLowerCase();
  if (email && (lower.includes(email.toLowerCase()) || lower === email.split('@')[0]!.toLowerCase())) {
    throw weak('Password must not contain the e-mail address');
  }
}

function weak(message: string): BadUserInputError {
  return new BadUserInputError(message, { field: 'password' });
}
