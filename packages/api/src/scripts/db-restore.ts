import path from 'node:path';
import { loadConfigOrExit } from '../core/config/load-config-or-exit';
import type { AppConfig } from '../core/config/config';
import { restoreDatabase } from '../core/db/database-dump';
import { connectConfiguredDatabase } from '../core/db/embedded-cluster-connection';

/** `pnpm db:restore FILE`: a dump of `pnpm db:backup` into the configured database, which must be empty. */
export async function restoreConfiguredDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, file: string): Promise<void> {
  const database = await connectConfiguredDatabase(config);
  try {
    await restoreDatabase(database.url, file);
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error('usage: pnpm db:restore FILE (a .dump written by pnpm db:backup)');
    process.exit(2);
  }
  // Relative to where pnpm was run, not to the package root pnpm runs the script from.
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  restoreConfiguredDatabase(loadConfigOrExit(), resolved).then(
    () => console.log(`restore: ${resolved} restored; start the API on it (pending migrations apply at start)`),
    (error: unknown) => {
      console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
