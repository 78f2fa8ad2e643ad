import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type AppConfig } from './config';
import { withDevelopmentSecrets } from './dev-secrets';

/**
 * For entry points (server, scripts): reads `.env` from where pnpm was run when
 * present (real environment variables win), validates, and exits with one line
 * per problem when the configuration cannot work.
 */
export function loadConfigOrExit(): AppConfig {
  const baseDir = process.env.INIT_CWD ?? process.cwd();
  const envFile = path.join(baseDir, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const { config, problems } = loadConfig(process.env, baseDir);
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`config: ${problem}\n`);
    process.stderr.write(`config: ${problems.length} problem(s); see .env.example. Not starting.\n`);
    process.exit(1);
  }
  return withDevelopmentSecrets(config);
}
