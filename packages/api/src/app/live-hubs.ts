import type { DataSource } from 'typeorm';
import { AuditLogLive } from '../audit/audit-log-live';
import type { AppConfig } from '../core/config/config';
import type { EventBus } from '../core/events/event-bus';
import type { LiveHubs } from '../core/events/live-hubs';
import type { Logger } from '../core/logging/logger';
import { FinanceMetricsLive } from '../finance/finance-metrics-live';
import { ProjectChangesLive } from '../projects/project-changes-live';

export interface RunningLiveHubs extends LiveHubs {
  close(): void;
}

/** The subscription hubs of one server process, fed by its event bus. */
export async function startLiveHubs(dataSource: DataSource, config: AppConfig, logger: Logger, bus: EventBus): Promise<RunningLiveHubs> {
  const finance = new FinanceMetricsLive(dataSource, config, logger, bus);
  const projects = new ProjectChangesLive(dataSource, logger, bus);
  // Entries missed while the bus was reconnecting also announce their projects.
  const audit = new AuditLogLive(dataSource, logger, bus, (entries) => {
    for (const projectId of new Set(entries.map((entry) => entry.projectId).filter((id): id is string => id !== null))) void projects.changed(projectId);
  });
  await audit.start();
  return {
    finance,
    projects,
    audit,
    close() {
      finance.close();
      projects.close();
      audit.close();
    },
  };
}
