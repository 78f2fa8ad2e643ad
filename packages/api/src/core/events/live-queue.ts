/**
 * An async iterable fed by pushes, for one subscriber. With `latestOnly` a slow consumer
 * gets the newest value instead of a backlog (snapshots supersede each other); otherwise
 * at most `max` values wait and the oldest are dropped.
 */
export class LiveQueue<T> implements AsyncIterableIterator<T> {
  private values: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private closed = false;

  constructor(
    private readonly onClose: () => void,
    private readonly options: { latestOnly?: boolean; max?: number } = {},
  ) {}

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
      return;
    }
    if (this.options.latestOnly) this.values = [value];
    else {
      this.values.push(value);
      if (this.values.length > (this.options.max ?? 100)) this.values.shift();
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.values.length) return Promise.resolve({ value: this.values.shift()!, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.values = [];
    this.onClose();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
