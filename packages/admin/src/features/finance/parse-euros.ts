/** GraphQL Int is 32-bit: the largest amount the API can take, in cents. */
const MAX_CENTS = 2_147_483_647;

/**
 * An amount typed in euros → integer cents, or null when it is not one. Both decimal marks are
 * accepted ("1234,56" as Lithuanians write it, "1234.56"), spaces are ignored, at most two
 * decimals. Digits are combined as integers: parseFloat("0.29") * 100 is 28.999999999999996.
 */
export function parseEurosToCents(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) && cents <= MAX_CENTS ? cents : null;
}
