import { describe, expect, it } from 'vitest';
import { untrustedReason } from './root-state-dir';

const dir = (uid: number, mode: number) => ({ isDirectory: () => true, uid, mode: 0o040000 | mode });

describe('untrustedReason', () => {
  it('trusts a directory only root can write to', () => {
    expect(untrustedReason(dir(0, 0o755))).toBeUndefined();
    expect(untrustedReason(dir(0, 0o700))).toBeUndefined();
  });

  it('refuses one another user owns, or group or others can write to', () => {
    expect(untrustedReason(dir(1000, 0o755))).toBe('owned by uid 1000, not root');
    expect(untrustedReason(dir(0, 0o775))).toBe('writable by group or others (mode 775)');
    expect(untrustedReason(dir(0, 0o1777))).toBe('writable by group or others (mode 777)');
  });

  it('refuses what is not a directory (a symlink planted in its place)', () => {
    expect(untrustedReason({ isDirectory: () => false, uid: 0, mode: 0o120777 })).toBe('not a directory');
  });
});
