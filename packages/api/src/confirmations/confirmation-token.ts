import { createHash, randomInt } from 'node:crypto';

/** Letters and digits without look-alikes: no 0/O, 1/I/L. */
export const TOKEN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TOKEN_LENGTH = 6;

export function generateToken(): string {
  return Array.from({ length: TOKEN_LENGTH }, () => TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)]).join('');
}

/** Case-insensitive, spacing-insensitive: `abc 123` is `ABC123`. */
export function normalizeToken(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function isWellFormedToken(token: string): boolean {
  return token.length === TOKEN_LENGTH && [...token].every((c) => TOKEN_ALPHABET.includes(c));
}

/** Only this hash is stored; the token itself exists in the client's message alone. */
export function hashToken(token: string): string {
  return createHash('sha256').update(normalizeToken(token)).digest('hex');
}

/** The token of an SMS reply `TAIP <TOKEN>` in any case and spacing; null for any other text. */
export function parseSmsReply(body: string | undefined | null): string | null {
  const match = /^\s*taip\s*([a-z0-9\s]+?)\s*$/i.exec(body ?? '');
  if (!match) return null;
  const token = normalizeToken(match[1]!);
  return isWellFormedToken(token) ? token : null;
}

/** Phone numbers compared digits-only, so `+370 600 00000` matches `+37060000000`. */
export function samePhone(a: string | null | undefined, b: string | null | undefined): boolean {
  const digits = (value: string | null | undefined) => (value ?? '').replace(/\D/g, '');
  return digits(a).length >= 7 && digits(a) === digits(b);
}
