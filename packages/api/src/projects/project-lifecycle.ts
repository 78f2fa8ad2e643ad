import { ActorType } from '../audit/actor-type.enum';
import { ProjectStatus } from './project-status.enum';

/**
 * The project lifecycle: the single source of truth for which steps exist,
 * who may take each and what must be true first. Services, `allowedTransitions`,
 * the error codes and the README diagram all read this table.
 */

/** What a guard needs to know about a project, gathered by the caller in the same transaction. */
export interface LifecycleFacts {
  hasDepositPayment: boolean;
  hasFinalPayment: boolean;
  certificationEvidenceCount: number;
  clientConfirmed: boolean;
}

/** `needs` lists every fact `holds` reads: only those are loaded before a step (a spec checks the list). */
export type Guard = { description: string; needs: ReadonlyArray<keyof LifecycleFacts>; holds: (facts: LifecycleFacts) => boolean };

export interface LifecycleStep {
  from: ProjectStatus;
  to: ProjectStatus;
  actors: readonly ActorType[];
  /** How the step is taken, as the contract's table says. */
  how: string;
  guard?: Guard;
}

export const MIN_CERTIFICATION_EVIDENCES = 3;

const needsDeposit: Guard = { description: 'a DEPOSIT payment', needs: ['hasDepositPayment'], holds: (f) => f.hasDepositPayment };
const needsCertificationEvidence: Guard = {
  description: `at least ${MIN_CERTIFICATION_EVIDENCES} EXPERT_CERTIFICATION evidences`,
  needs: ['certificationEvidenceCount'],
  holds: (f) => f.certificationEvidenceCount >= MIN_CERTIFICATION_EVIDENCES,
};
const needsFinalAndConfirmation: Guard = {
  description: "a FINAL payment and the client's confirmation",
  needs: ['hasFinalPayment', 'clientConfirmed'],
  holds: (f) => f.hasFinalPayment && f.clientConfirmed,
};

export const LIFECYCLE: readonly LifecycleStep[] = [
  {
    from: ProjectStatus.DRAFT,
    to: ProjectStatus.PAID,
    actors: [ActorType.SYSTEM_STRIPE, ActorType.ADMIN],
    how: 'DEPOSIT payment (Stripe or recordQuickPayment)',
    guard: needsDeposit,
  },
  { from: ProjectStatus.PAID, to: ProjectStatus.SCHEDULED, actors: [ActorType.ADMIN], how: 'transitionProjectStatus' },
  { from: ProjectStatus.SCHEDULED, to: ProjectStatus.PENDING_EXPERT, actors: [ActorType.ADMIN, ActorType.CONTRACTOR], how: 'transitionProjectStatus' },
  { from: ProjectStatus.PENDING_EXPERT, to: ProjectStatus.CERTIFIED, actors: [ActorType.EXPERT, ActorType.ADMIN], how: 'certifyProject', guard: needsCertificationEvidence },
  {
    from: ProjectStatus.CERTIFIED,
    to: ProjectStatus.ACTIVE,
    actors: [ActorType.SYSTEM_TWILIO, ActorType.SYSTEM_EMAIL],
    how: 'client confirmation (SMS `TAIP <TOKEN>` or e-mail link)',
    guard: needsFinalAndConfirmation,
  },
];

export type TransitionDecision = { allowed: true; step: LifecycleStep } | { allowed: false; reason: 'NO_SUCH_STEP' | 'ACTOR_NOT_ALLOWED' | 'GUARD_FAILED'; message: string };

export function findStep(from: ProjectStatus, to: ProjectStatus): LifecycleStep | undefined {
  return LIFECYCLE.find((step) => step.from === from && step.to === to);
}

/** May `actor` move a project from `from` to `to`, given the facts? */
export function decideTransition(from: ProjectStatus, to: ProjectStatus, actor: ActorType, facts: LifecycleFacts): TransitionDecision {
  const step = findStep(from, to);
  if (!step) return { allowed: false, reason: 'NO_SUCH_STEP', message: `A project cannot move from ${from} to ${to}` };
  if (!step.actors.includes(actor)) {
    return { allowed: false, reason: 'ACTOR_NOT_ALLOWED', message: `${actor} may not move a project from ${from} to ${to}` };
  }
  if (step.guard && !step.guard.holds(facts)) {
    return { allowed: false, reason: 'GUARD_FAILED', message: `Moving from ${from} to ${to} needs ${step.guard.description}` };
  }
  return { allowed: true, step };
}

/** The statuses `actor` could move a project to right now (guards included). */
export function allowedTargets(from: ProjectStatus, actor: ActorType, facts: LifecycleFacts): ProjectStatus[] {
  return LIFECYCLE.filter((step) => step.from === from && decideTransition(from, step.to, actor, facts).allowed).map((step) => step.to);
}

/** Mermaid source of the lifecycle, generated from the table (README). */
export function lifecycleMermaid(): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${ProjectStatus.DRAFT}`];
  for (const step of LIFECYCLE) {
    const guard = step.guard ? ` [${step.guard.description}]` : '';
    lines.push(`  ${step.from} --> ${step.to}: ${step.actors.join(' / ')}${guard}`);
  }
  lines.push(`  ${ProjectStatus.ACTIVE} --> [*]`);
  return lines.join('\n');
}
