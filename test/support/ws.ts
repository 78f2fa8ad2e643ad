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
