import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FormattedExecutionResult } from 'graphql';
import type { Client } from 'graphql-ws';
import { vi } from 'vitest';
import type { DomainEvent } from '../../packages/api/src/core/events/domain-event';
import { EVENTS_CHANNEL, packEnvelopes } from '../../packages/api/src/core/events/pg-notify-event-bus';
import { queryText } from './documents';
import type { TestServer } from './test-server';

/** Runs one operation over a graphql-ws client and resolves with its first result. */
export function firstResult<T, V>(client: Client, document: TypedDocumentNode<T, V>, variables?: V): Promise<FormattedExecutionResult<T, unknown>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const dispose = client.subscribe<T>(
      { query: queryText(document), variables: variables as Record<string, unknown> | undefined },
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
export function collect<T, V>(client: Client, document: TypedDocumentNode<T, V>, variables?: V): Collected<T> {
  const values: FormattedExecutionResult<T, unknown>[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const dispose = client.subscribe<T>(
    { query: queryText(document), variables: variables as Record<string, unknown> | undefined },
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

/**
 * Resolves once the server has registered the subscription behind `stream`. graphql-ws does not
 * acknowledge a subscription, and an event published before it is registered is lost; so `probe`
 * is announced on the event bus (as another instance would announce it, changing nothing) until
 * a value it caused, matching `received`, arrives.
 */
export async function subscribed<T>(
  server: TestServer,
  stream: Collected<T>,
  probe: DomainEvent,
  received: (value: FormattedExecutionResult<T, unknown>) => boolean,
): Promise<void> {
  const [payload] = packEnvelopes('test-readiness-probe', [probe]);
  await vi.waitFor(
    async () => {
      if (stream.values.some(received)) return;
      await server.dataSource.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, payload]);
      throw new Error(`no value caused by ${JSON.stringify(probe)} yet (got ${JSON.stringify(stream.values)})`);
    },
    { timeout: 5_000, interval: 50 },
  );
}
