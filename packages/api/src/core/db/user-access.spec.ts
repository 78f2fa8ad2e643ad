import { describe, expect, it } from 'vitest';
import { pathsToReach } from './user-access';

describe('pathsToReach', () => {
  it('lists every directory from the root down to the target', () => {
    expect(pathsToReach('/var/lib/vejapro')).toEqual(['/', '/var', '/var/lib', '/var/lib/vejapro']);
  });

  it('normalises the path first', () => {
    expect(pathsToReach('/tmp/x/../y/')).toEqual(['/', '/tmp', '/tmp/y']);
    expect(pathsToReach('/')).toEqual(['/']);
  });
});
