/** The work did not settle in time; it may still finish (or fail) afterwards. */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
}

/**
 * Settles like `work`, or rejects with DeadlineExceeded after `ms`. The work is not cancelled:
 * use it where finishing late is harmless (an idempotent webhook the provider retries).
 * A late rejection is absorbed by the race, so it raises no unhandled rejection.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
