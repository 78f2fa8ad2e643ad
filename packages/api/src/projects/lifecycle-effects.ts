import type { Actor } from '../audit/actor';
import type { TxContext } from '../core/db/transaction';
import type { ProjectStatus } from './project-status.enum';
import type { Project } from './project.entity';

/** Work another domain does when a project enters a status, in the same transaction (e.g. the client confirmation on CERTIFIED). */
export type LifecycleEffect = (tx: TxContext, project: Project, actor: Actor) => Promise<void>;

const effects = new Map<ProjectStatus, LifecycleEffect[]>();

/** Registered by the domain that owns the effect, so projects names none of them. */
export function onEnteringStatus(status: ProjectStatus, effect: LifecycleEffect): void {
  const list = effects.get(status) ?? [];
  if (!list.includes(effect)) list.push(effect);
  effects.set(status, list);
}

export async function runEnteringEffects(tx: TxContext, project: Project, actor: Actor): Promise<void> {
  for (const effect of effects.get(project.status) ?? []) await effect(tx, project, actor);
}
