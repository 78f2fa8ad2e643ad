import { Client } from 'pg';
import { withDatabase } from '../../packages/api/src/core/db/database-url';
import { createAppDataSource } from '../../packages/api/src/app/data-source';

export const TEMPLATE_DATABASE = 'vejapro_template';

/** A database with every migration applied, copied (CREATE DATABASE ... TEMPLATE) for each test file. */
export async function createTemplateDatabase(serverUrl: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const dataSource = createAppDataSource(withDatabase(serverUrl, TEMPLATE_DATABASE), { poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    // No connection may stay open on a template, or copying it fails.
    await dataSource.destroy();
  }
}
