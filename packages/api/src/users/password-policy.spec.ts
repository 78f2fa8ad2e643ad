import { describe, expect, it } from 'vitest';
import { assertAcceptablePassword } from './password-policy';

const refusal = (password: string, email: string | null = 'ona@vejapro.lt') => {
  try {
    assertAcceptablePassword(password, email);
    return null;
  } catch (error) {
    return (error as Error & { code?: string }).code;
  }
};

describe('password policy', () => {
  it('accepts a password of 10 or more varied characters', () => {
    expect(refusal('Pievos-2026!')).toBeNull();
    expect(refusal('žolė žalia ir minkšta')).toBeNull();
  });

  it('refuses short, one-character, over-long and e-mail-based passwords as BAD_USER_INPUT', () => {
    expect(refusal('short1!')).toBe('BAD_USER_INPUT');
    expect(refusal('aaaaaaaaaaaa')).toBe('BAD_USER_INPUT');
    expect(refusal('x'.repeat(150) + 'y'.repeat(51) + 'zw')).toBe('BAD_USER_INPUT');
    expect(refusal('ona@vejapro.lt1')).toBe('BAD_USER_INPUT');
  });
});
