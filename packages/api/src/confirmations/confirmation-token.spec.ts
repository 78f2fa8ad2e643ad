import { describe, expect, it } from 'vitest';
import { TOKEN_ALPHABET, generateToken, hashToken, isWellFormedToken, parseSmsReply, samePhone } from './confirmation-token';

describe('confirmation tokens', () => {
  it('are 6 characters without look-alikes', () => {
    expect(TOKEN_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) {
      const token = generateToken();
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it('hash the same whatever the case and spacing', () => {
    expect(hashToken('abc 23x')).toBe(hashToken('ABC23X'));
    expect(hashToken('ABC23X')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are read from `TAIP <TOKEN>` in any case and spacing', () => {
    expect(parseSmsReply('TAIP ABC23X')).toBe('ABC23X');
    expect(parseSmsReply('  taip   abc23x ')).toBe('ABC23X');
    expect(parseSmsReply('Taip\nABC 23X')).toBe('ABC23X');
    expect(parseSmsReply('TAIPABC23X')).toBe('ABC23X');
    expect(parseSmsReply('NE ABC23X')).toBeNull();
    expect(parseSmsReply('TAIP ABC')).toBeNull();
    expect(parseSmsReply('TAIP ABC10X')).toBeNull();
    expect(parseSmsReply(undefined)).toBeNull();
  });

  it('compare phone numbers by digits', () => {
    expect(samePhone('+370 600 00000', '+37060000000')).toBe(true);
    expect(samePhone('+37060000001', '+37060000000')).toBe(false);
    expect(samePhone(null, null)).toBe(false);
  });
});
