import { Client } from 'pg';

/** A query that outlived its client-side deadline; its connection was closed. */
export class QueryDeadlineExceeded extends Error {
  override readonly name = 'QueryDeadlineExceeded';
}

const UNBOUNDED = Symbol('unbounded');
type Bounded = Client & { [UNBOUNDED]?: boolean; connection: { stream: { destroy(error?: Error): void } } };

/**
 * `statement_timeout` counts time on the server only: a network that stalls or a server that
 * stops answering leaves the query waiting. This pg client gives every promise-returning query
 * a deadline and, when it passes, closes the connection: PostgreSQL rolls back what the session
 * had open and the pool drops the connection. (pg's own `query_timeout` keeps the connection and
 * silently drops queries queued behind the late one, a ROLLBACK included, so the next user of
 * that connection would continue someone else's transaction.) Streams are not bounded.
 */
export function clientWithQueryDeadline(deadlineMs: number): typeof Client {
  return class DeadlineClient extends Client {
    override query(...args: unknown[]): never {
      const result = (Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
      const self = this as unknown as Bounded;
      if (self[UNBOUNDED] || !isPromise(result)) return result as never;
      const timer = setTimeout(() => {
        self.connection.stream.destroy(new QueryDeadlineExceeded(`the database did not answer within ${deadlineMs} ms`));
      }, deadlineMs);
      return result.finally(() => clearTimeout(timer)) as never;
    }
  };
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** For work that may legitimately run long on one connection (migrations): no client-side deadline. */
export function setUnbounded(client: unknown, unbounded: boolean): void {
  (client as Bounded)[UNBOUNDED] = unbounded;
}
