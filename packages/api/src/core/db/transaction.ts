import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { translateDatabaseError } from './database-errors';

/** A request context inside a transaction: every repository comes from `manager`. */
export type TxContext = RequestContext & { manager: EntityManager };

/**
 * One use case, one transaction. Nested calls join the open transaction, so a
 * webhook handler, a mutation and a job can share service methods. Work
 * registered with `afterCommit` runs only once the outermost transaction has committed.
 */
export async function runInTransaction<T>(ctx: RequestContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  if (ctx.manager) return work(ctx as TxContext);
  const afterCommit: Array<() => void | Promise<void>> = [];
  let result: T;
  try {
    result = await ctx.dataSource.transaction((manager) => work({ ...ctx, manager, afterCommit }));
  } catch (error) {
    throw translateDatabaseError(error);
  }
  for (const hook of afterCommit) {
    try {
      await hook();
    } catch (error) {
      ctx.logger.error({ err: error }, 'after-commit hook failed');
    }
  }
  return result;
}

/** Defers a side effect (an event, a message) until the surrounding transaction commits; runs now outside one. */
export function afterCommit(ctx: RequestContext, hook: () => void | Promise<void>): void {
  if (ctx.afterCommit) ctx.afterCommit.push(hook);
  else void Promise.resolve().then(hook);
}
