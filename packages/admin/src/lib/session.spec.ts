import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENEW_BEFORE_MS, SessionStore, type Session } from './session';

const user = { id: 'u1', email: 'admin@vejapro.lt', name: 'Admin', role: 'ADMIN' as const };
const sessionUntil = (expiresAt: number, accessToken = `token-${expiresAt}`): Session => ({ accessToken, expiresAt, user });

describe('SessionStore', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('renews once for ten concurrent callers (a tab waking from sleep), and they all get the new token', async () => {
    let calls = 0;
    const store = new SessionStore(async () => {
      calls += 1;
      return sessionUntil(Date.now() + 900_000, 'renewed');
    });
    store.set(sessionUntil(Date.now() - 1));
    const tokens = await Promise.all(Array.from({ length: 10 }, () => store.freshToken()));
    expect(calls).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(['renewed']));
  });

  it('renews shortly before the token expires, without being asked', async () => {
    const renew = vi.fn(async () => sessionUntil(Date.now() + 900_000));
    const store = new SessionStore(renew);
    store.set(sessionUntil(Date.now() + 900_000));
    await vi.advanceTimersByTimeAsync(900_000 - RENEW_BEFORE_MS - 1);
    expect(renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('signs out when the refresh cookie is refused, and tells its listeners', async () => {
    const store = new SessionStore(async () => {
      throw new Error('UNAUTHENTICATED');
    });
    const seen: Array<Session | null> = [];
    store.set(sessionUntil(Date.now() + 900_000));
    store.subscribe((session) => seen.push(session));
    expect(await store.renew()).toBeNull();
    expect(store.accessToken).toBeNull();
    expect(seen).toEqual([null]);
  });
});
