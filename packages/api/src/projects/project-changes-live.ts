import type { DataSource } from 'typeorm';
import type { Viewer } from '../core/auth/viewer';
import type { EventBus } from '../core/events/event-bus';
import { LiveQueue } from '../core/events/live-queue';
import type { Logger } from '../core/logging/logger';
import { canSee } from './project-visibility';
import { Project } from './project.entity';

interface Subscriber {
  viewer: Viewer;
  projectId: string | null;
  queue: LiveQueue<Project>;
}

/**
 * `projectChanged`: a changed project is loaded once per event; each subscriber gets it
 * only if they may see it now (checked per event, not only at subscribe time).
 */
export class ProjectChangesLive {
  private readonly subscribers = new Set<Subscriber>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    bus: EventBus,
  ) {
    this.unsubscribe = bus.subscribe((event) => {
      if (event.type === 'project.changed') void this.changed(event.projectId);
    });
  }

  subscribe(viewer: Viewer, projectId: string | null): AsyncIterableIterator<Project> {
    const subscriber: Subscriber = { viewer, projectId, queue: new LiveQueue<Project>(() => this.subscribers.delete(subscriber)) };
    this.subscribers.add(subscriber);
    return subscriber.queue;
  }

  close(): void {
    this.unsubscribe();
    for (const subscriber of this.subscribers) subscriber.queue.close();
  }

  async changed(projectId: string): Promise<void> {
    const interested = [...this.subscribers].filter((s) => s.projectId === null || s.projectId === projectId);
    if (interested.length === 0) return;
    try {
      const project = await this.dataSource.getRepository(Project).findOneBy({ id: projectId });
      if (!project) return;
      for (const subscriber of interested) if (canSee(subscriber.viewer, project)) subscriber.queue.push(project);
    } catch (error) {
      this.logger.error({ err: error }, 'live project could not be loaded');
    }
  }
}

declare module '../core/events/live-hubs' {
  interface LiveHubs {
    projects: ProjectChangesLive;
  }
}
