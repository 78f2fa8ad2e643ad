import 'reflect-metadata';
import { loadConfigOrExit } from './core/config/load-config-or-exit';
import { createAppDataSource } from './app/data-source';
import { openDatabase, type OpenDatabase } from './core/db/database';
import { databaseOptions } from './core/db/data-source';
import { runPendingMigrations } from './core/db/run-migrations';
import { createLogger } from './core/logging/logger';
import { startServer, type RunningServer } from './app/server';
import { adminSpaBuilt } from './app/admin-spa.route';
import { seedDemoData } from './seed/demo-data';
import { enableDemoSignIn } from './seed/demo-sign-in';
import { startBanner } from './core/http/start-banner';

/** `pnpm start`: database (embedded unless DATABASE_URL), migrations, demo data, server; stops cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  let database: OpenDatabase | undefined;
  let server: RunningServer | undefined;
  let stopping = false;

  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping');
    try {
      await server?.close();
      await database?.close();
    } catch (error) {
      logger.error({ err: error }, 'error while stopping');
      code = 1;
    }
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second signal while draining means "now".
      if (stopping) process.exit(1);
      void stop(signal, 0);
    });
  }
  // Backstop for launchers that do not forward signals: when our parent goes away, so do we.
  const parentPid = process.ppid;
  setInterval(() => {
    if (process.ppid !== parentPid) void stop('parent process exited', 0);
  }, 1000).unref();
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void stop('uncaughtException', 1);
  });

  let demoSignIn: Awaited<ReturnType<typeof enableDemoSignIn>> = null;
  try {
    // The server's pool carries the request deadlines (DB_* settings).
    database = await openDatabase(config, logger, (url) => createAppDataSource(url, databaseOptions(config)));
    await runPendingMigrations(database.dataSource, logger);
    if (config.seedDemoData) {
      logger.info(await seedDemoData(database.dataSource, logger, config.businessTimezone), 'demo data');
      demoSignIn = await enableDemoSignIn(database.dataSource, config);
    }
    server = await startServer({ config, logger, dataSource: database.dataSource });
  } catch (error) {
    logger.fatal({ err: error }, 'failed to start');
    await stop('startup failure', 1);
    return;
  }
  logger.info({ port: server.port, graphql: `${config.publicBaseUrl}/graphql`, embeddedDatabase: Boolean(database.embedded) }, 'VejaPRO API ready');
  // Straight to stdout, not through the logger: a banner for the person at the terminal.
  process.stdout.write(
    startBanner({
      port: server.port,
      publicBaseUrl: config.publicBaseUrl,
      nodeEnv: config.nodeEnv,
      database: database.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL',
      ...(adminSpaBuilt() ? { adminUrl: `http://localhost:${server.port}/admin/` } : {}),
      demoSignIn,
    }),
  );
}

void main();
