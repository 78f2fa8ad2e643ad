import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config/config';
import { TOKEN_ALPHABET, generateToken, hashConfirmationToken, isWellFormedToken, parseSmsReply, samePhone } from './confirmation-token';

const configWith = (jwtSecret: string) => loadConfig({ NODE_ENV: 'test', JWT_SECRET: jwtSecret }).config;

describe('confirmation tokens', () => {
  it('are 6 characters without look-alikes', () => {
    expect(TOKEN_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) {
      const token = generateToken();
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it('hash the same whatever the case and spacing', () => {
    const config = configWith('k'.repeat(40));
    expect(hashConfirmationToken(config, 'abc 23x')).toBe(hashConfirmationToken(config, 'ABC23X'));
    expect(hashConfirmationToken(config, 'ABC23X')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hash with a server-side key: not a bare SHA-256, and another key gives another hash', () => {
    const hash = hashConfirmationToken(configWith('k'.repeat(40)), 'ABC23X');
    expect(hash).not.toBe(createHash('sha256').update('ABC23X').digest('hex'));
    expect(hashConfirmationToken(configWith('j'.repeat(40)), 'ABC23X')).not.toBe(hash);
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
