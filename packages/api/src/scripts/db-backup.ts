import { loadConfigOrExit } from '../core/config/load-config-or-exit';
import type { AppConfig } from '../core/config/config';
import { dumpDatabase, type BackupResult } from '../core/db/database-dump';
import { connectConfiguredDatabase } from '../core/db/embedded-cluster-connection';

/** `pnpm db:backup`: a custom-format dump of the configured database into BACKUP_DIR. */
export async function backupConfiguredDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'backupDir'>): Promise<BackupResult> {
  const database = await connectConfiguredDatabase(config);
  try {
    return await dumpDatabase(database.url, config.backupDir);
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  backupConfiguredDatabase(loadConfigOrExit()).then(
    ({ file, bytes }) => console.log(`backup: ${file} (${bytes} bytes)`),
    (error: unknown) => {
      console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
