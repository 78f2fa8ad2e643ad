import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { EmbeddedPostgresOptions, ParentMessage, SupervisorMessage } from './embedded-postgres.protocol';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the cluster's `postgres` database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/**
 * Starts the embedded cluster in a supervisor child process and resolves once
 * it accepts connections. The supervisor stops the cluster when `stop()` is
 * called or when this process dies, whichever comes first.
 */
export function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // Compiled (packages/api/dist) the supervisor is JavaScript beside us and runs on plain node;
  // from the sources it is TypeScript, which tsx compiles on the fly.
  const compiled = path.extname(__filename) === '.js';
  const script = path.join(__dirname, `embedded-postgres.supervisor${compiled ? '.js' : '.ts'}`);
  const child = fork(script, [], {
    execArgv: compiled ? [] : ['--import', require.resolve('tsx')],
    // Under `node --watch` (pnpm dev) a child with IPC would report its modules to us as messages.
    env: { ...process.env, WATCH_REPORT_DEPENDENCIES: undefined, EMBEDDED_POSTGRES_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`embedded PostgreSQL did not start within ${START_TIMEOUT_MS / 1000}s`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL supervisor exited early (code ${code})`));
    });
    child.on('message', (message: SupervisorMessage) => {
      if (message?.type !== 'ready' && message?.type !== 'failed') return;
      clearTimeout(timer);
      if (message.type === 'failed') {
        reject(new Error(`embedded PostgreSQL failed to start: ${message.message}`));
        return;
      }
      const url = `postgres://${message.user}:${encodeURIComponent(message.password)}@127.0.0.1:${message.port}/postgres`;
      resolve({ url, port: message.port, stop: () => stopSupervisor(child) });
    });
  });
}

function stopSupervisor(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    const message: ParentMessage = { type: 'stop' };
    if (child.connected) child.send(message);
    else child.kill('SIGTERM');
  });
}
