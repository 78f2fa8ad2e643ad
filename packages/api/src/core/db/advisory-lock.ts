import type { DataSource } from 'typeorm';

/**
 * Runs `work` while this process holds the session advisory lock `name`, so of several
 * instances only one runs a periodic job at a time; resolves `{ ran: false }` at once when
 * another holds it. The lock lives on a connection of its own, which the work does not use:
 * it keeps its own transactions, and the lock goes when the connection does, also on a crash.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [name])) as [{ locked: boolean }];
    if (!locked) return { ran: false };
    try {
      return { ran: true, result: await work() };
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [name]);
    }
  } finally {
    await runner.release();
  }
}
