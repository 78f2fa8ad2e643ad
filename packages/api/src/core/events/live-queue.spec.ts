import { describe, expect, it } from 'vitest';
import { LiveQueue } from './live-queue';

describe('LiveQueue', () => {
  it('hands a slow consumer only the newest value when latestOnly', async () => {
    const queue = new LiveQueue<number>(() => undefined, { latestOnly: true });
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(await queue.next()).toEqual({ value: 3, done: false });
  });

  it('delivers pushes to a waiting consumer and ends on return()', async () => {
    let closed = false;
    const queue = new LiveQueue<string>(() => (closed = true));
    const next = queue.next();
    queue.push('a');
    expect(await next).toEqual({ value: 'a', done: false });
    await queue.return();
    expect(closed).toBe(true);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });
});
