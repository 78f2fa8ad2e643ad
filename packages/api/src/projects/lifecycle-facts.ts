import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../core/context/request-context';
import type { LifecycleFacts } from './project-lifecycle';

export type DomainFacts = Partial<Omit<LifecycleFacts, 'clientConfirmed'>>;

/**
 * Where the lifecycle's guards learn what other domains know (a paid deposit, certification
 * photos): each domain registers its source, so projects imports none of them.
 */
export interface LifecycleFactSource {
  /** The facts this source answers, so a step whose guard needs none of them does not ask it. */
  provides: ReadonlyArray<keyof DomainFacts>;
  /** From the request's batched loaders, shared with the page's nested lists: no query of its own. */
  forRequest(ctx: RequestContext, projectId: string): Promise<DomainFacts>;
  /** Read fresh inside a transaction that holds the project's row lock. */
  inTransaction(manager: EntityManager, projectId: string): Promise<DomainFacts>;
}

const sources: LifecycleFactSource[] = [];

export function registerLifecycleFactSource(source: LifecycleFactSource): void {
  if (!sources.includes(source)) sources.push(source);
}

const NOTHING_KNOWN: Omit<LifecycleFacts, 'clientConfirmed'> = { hasDepositPayment: false, hasFinalPayment: false, certificationEvidenceCount: 0 };

/** Facts for a page of projects (allowedTransitions). */
export async function requestLifecycleFacts(ctx: RequestContext, projectId: string): Promise<LifecycleFacts> {
  const parts = await Promise.all(sources.map((source) => source.forRequest(ctx, projectId)));
  return Object.assign({ ...NOTHING_KNOWN, clientConfirmed: false }, ...parts);
}

export interface TransactionFactsRequest {
  /** The facts the step's guard reads; sources providing none of them are not asked. */
  needs: ReadonlyArray<keyof LifecycleFacts>;
  clientConfirmed?: boolean;
  /** Facts the caller wrote itself in this transaction, under the project's lock: taken as they are. */
  established?: DomainFacts;
}

/** Facts read fresh inside a transaction, for a project whose row the caller has locked. */
export async function loadLifecycleFacts(manager: EntityManager, projectId: string, request: TransactionFactsRequest): Promise<LifecycleFacts> {
  const established = request.established ?? {};
  const missing = request.needs.filter((fact) => fact !== 'clientConfirmed' && !(fact in established));
  const asked = sources.filter((source) => source.provides.some((fact) => missing.includes(fact)));
  const parts = await Promise.all(asked.map((source) => source.inTransaction(manager, projectId)));
  return Object.assign({ ...NOTHING_KNOWN }, ...parts, established, { clientConfirmed: request.clientConfirmed ?? false });
}
