import type { DataSource } from 'typeorm';
import { AuditLogLive } from '../../audit/audit-log-live';
import { FinanceMetricsLive } from '../../finance/finance-metrics-live';
import { ProjectChangesLive } from '../../projects/project-changes-live';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { EventBus } from './event-bus';

/** The subscription hubs of one server process, fed by its event bus. */
export interface LiveHubs {
  finance: FinanceMetricsLive;
  projects: ProjectChangesLive;
  audit: AuditLogLive;
  close(): void;
}

export async function startLiveHubs(dataSource: DataSource, config: AppConfig, logger: Logger, bus: EventBus): Promise<LiveHubs> {
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
