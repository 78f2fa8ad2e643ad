import { randomUUID } from 'node:crypto';
import { createSystemContext, type ContextDeps } from '../core/context/context-factory';
import { runRetentionPass } from './retention.service';

export interface RetentionWorker {
  /** Stops the schedule and waits for a pass in flight. */
  stop(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * With RETENTION_DAYS set, runs a retention pass when the server starts and every day after.
 * Every instance schedules it; the pass's advisory lock lets one of them run it at a time.
 */
export function startRetentionWorker(deps: ContextDeps): RetentionWorker {
  if (deps.config.retentionDays <= 0) return { stop: async () => undefined };
  const logger = deps.logger.child({ component: 'retention' });
  let running: Promise<void> | undefined;

  const runPass = (): void => {
    if (running) return;
    const ctx = createSystemContext(deps, { requestId: `retention-${randomUUID()}`, ip: null, userAgent: null });
    running = runRetentionPass(ctx)
      .then((pass) => {
        if (pass.ran) logger.info({ maskedProjects: pass.maskedProjectIds.length, retentionDays: deps.config.retentionDays }, 'retention pass done');
      })
      // Logged and tried again tomorrow (or at the next start): a failed pass changes nothing it did not commit.
      // Name, code and message only: a failed statement's parameters would be personal data.
      .catch((error: unknown) => logger.error({ err: safeError(error) }, 'retention pass failed'))
      .finally(() => (running = undefined));
  };

  const timer = setInterval(runPass, DAY_MS);
  timer.unref();
  runPass();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  return { type: error.name, code: (error as { code?: unknown }).code, message: error.message };
}
