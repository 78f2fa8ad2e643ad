import { randomInt } from 'node:crypto';
import { hashToken } from '../core/auth/token-hash';
import type { AppConfig } from '../core/config/config';

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

/**
 * Only this keyed hash is stored; the token itself exists in the client's message alone.
 * 31^6 codes: a bare hash of a leaked table would fall to a dictionary in seconds.
 */
export function hashConfirmationToken(config: AppConfig, token: string): string {
  return hashToken(config, 'confirmation', normalizeToken(token));
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
