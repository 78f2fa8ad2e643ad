import type { DataSource } from 'typeorm';
import type { Logger } from '../core/logging/logger';
import { backfillLedger } from '../finance/ledger-backfill';
import { ALL_DEMO_USERS, insertDemoUsers } from './demo-people';
import { buildDemoRows } from './demo-story';
import { insertRows } from './insert-rows';

/** Loads the demo set into a database without projects, in one transaction; otherwise does nothing. */
export async function seedDemoData(dataSource: DataSource, logger: Logger, businessTimezone: string): Promise<{ seeded: boolean; projects: number }> {
  return dataSource.transaction(async (manager) => {
    // Two instances starting on one empty database would both see no projects; the second waits here, then sees the first's.
    await manager.query('LOCK TABLE projects IN SHARE ROW EXCLUSIVE MODE');
    const [{ present }] = (await manager.query('SELECT EXISTS (SELECT 1 FROM projects) AS present')) as [{ present: boolean }];
    if (present) return { seeded: false, projects: 0 };

    const now = new Date();
    const rows = buildDemoRows(now);
    await insertDemoUsers(manager, now);
    await insertRows(manager, 'margin_rules', rows.marginRules);
    await insertRows(manager, 'projects', rows.projects);
    await insertRows(manager, 'payments', rows.payments);
    await insertRows(manager, 'evidences', rows.evidences);
    // Plain INSERTs only: the audit log refuses UPDATE and DELETE.
    await insertRows(manager, 'audit_logs', rows.auditLogs);
    // The demo's payments count in the ledger and in finance metrics like live ones.
    await backfillLedger(manager, businessTimezone);
    logger.debug(
      {
        users: ALL_DEMO_USERS.length,
        projects: rows.projects.length,
        payments: rows.payments.length,
        evidences: rows.evidences.length,
        marginRules: rows.marginRules.length,
        auditLogs: rows.auditLogs.length,
      },
      'demo data inserted',
    );
    return { seeded: true, projects: rows.projects.length };
  });
}
