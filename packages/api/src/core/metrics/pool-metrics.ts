import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { gauge } from './metrics-registry';

/** The parts of pg's Pool we read. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

/** Database pool use, read from pg's pool at scrape time: open, idle and waiting-for-a-connection counts. */
export function registerPoolMetrics(registry: Registry, dataSource: DataSource): void {
  const poolOf = () => (dataSource.driver as unknown as { master?: PgPool }).master;
  gauge(registry, {
    name: 'vejapro_db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting = requests waiting for a connection)',
    labelNames: ['state'] as const,
    collect() {
      const pool = poolOf();
      this.set({ state: 'total' }, pool?.totalCount ?? 0);
      this.set({ state: 'idle' }, pool?.idleCount ?? 0);
      this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
    },
  });
  gauge(registry, {
    name: 'vejapro_db_pool_max_connections',
    help: 'Database pool size limit',
    collect() {
      this.set(poolOf()?.options.max ?? 0);
    },
  });
}
