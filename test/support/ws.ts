import type { FormattedExecutionResult } from 'graphql';
import type { Client } from 'graphql-ws';

/** Runs one operation over a graphql-ws client and resolves with its first result. */
export function firstResult<T = Record<string, unknown>>(client: Client, query: string, variables?: Record<string, unknown>): Promise<FormattedExecutionResult<T, unknown>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          settled = true;
          dispose();
          resolve(result);
        },
        error: (error) => {
          settled = true;
          reject(error);
        },
        complete: () => {
          if (!settled) reject(new Error('completed without a result'));
        },
      },
    );
  });
}

/** Resolves with the close code once the client's socket closes. */
export function closeCode(client: Client): Promise<number> {
  return new Promise((resolve) => {
    client.on('closed', (event) => resolve((event as { code: number }).code));
  });
}

export interface Collected<T> {
  values: FormattedExecutionResult<T, unknown>[];
  errors: unknown[];
  /** Resolves with the first value (from now on or already received) matching `predicate`. */
  waitFor(predicate: (value: FormattedExecutionResult<T, unknown>) => boolean, timeoutMs?: number): Promise<FormattedExecutionResult<T, unknown>>;
  dispose(): void;
}

/** Subscribes and keeps every result, for tests that watch a live stream. */
export function collect<T = Record<string, unknown>>(client: Client, query: string, variables?: Record<string, unknown>): Collected<T> {
  const values: FormattedExecutionResult<T, unknown>[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        values.push(value);
        for (const wake of waiters) wake();
      },
      error: (error) => {
        errors.push(error);
        for (const wake of waiters) wake();
      },
      complete: () => undefined,
    },
  );
  return {
    values,
    errors,
    dispose,
    waitFor(predicate, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = values.find(predicate);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          } else if (errors.length) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(errors[0]);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching value within ${timeoutMs} ms (got ${JSON.stringify(values)})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
