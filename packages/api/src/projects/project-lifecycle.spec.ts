import { describe, expect, it } from 'vitest';
import { ActorType } from '../audit/actor-type.enum';
import { LIFECYCLE, allowedTargets, decideTransition, type LifecycleFacts } from './project-lifecycle';
import { ProjectStatus } from './project-status.enum';

const everything: LifecycleFacts = { hasDepositPayment: true, hasFinalPayment: true, certificationEvidenceCount: 3, clientConfirmed: true };
const nothing: LifecycleFacts = { hasDepositPayment: false, hasFinalPayment: false, certificationEvidenceCount: 0, clientConfirmed: false };
const statuses = Object.values(ProjectStatus);
const actors = Object.values(ActorType);

describe('project lifecycle', () => {
  it('is the contract table, in order', () => {
    expect(LIFECYCLE.map((s) => [s.from, s.to, [...s.actors]])).toEqual([
      ['DRAFT', 'PAID', ['SYSTEM_STRIPE', 'ADMIN']],
      ['PAID', 'SCHEDULED', ['ADMIN']],
      ['SCHEDULED', 'PENDING_EXPERT', ['ADMIN', 'CONTRACTOR']],
      ['PENDING_EXPERT', 'CERTIFIED', ['EXPERT', 'ADMIN']],
      ['CERTIFIED', 'ACTIVE', ['SYSTEM_TWILIO', 'SYSTEM_EMAIL']],
    ]);
  });

  it('allows exactly the listed (step, actor) pairs and refuses every other pair', () => {
    for (const from of statuses) {
      for (const to of statuses) {
        for (const actor of actors) {
          const listed = LIFECYCLE.some((s) => s.from === from && s.to === to && s.actors.includes(actor));
          expect(decideTransition(from, to, actor, everything).allowed, `${from}->${to} by ${actor}`).toBe(listed);
        }
      }
    }
  });

  it('says why: no such step, wrong actor, or an unmet guard', () => {
    expect(decideTransition(ProjectStatus.DRAFT, ProjectStatus.ACTIVE, ActorType.ADMIN, everything)).toMatchObject({ reason: 'NO_SUCH_STEP' });
    expect(decideTransition(ProjectStatus.PAID, ProjectStatus.SCHEDULED, ActorType.CONTRACTOR, everything)).toMatchObject({ reason: 'ACTOR_NOT_ALLOWED' });
    expect(decideTransition(ProjectStatus.PENDING_EXPERT, ProjectStatus.CERTIFIED, ActorType.EXPERT, nothing)).toMatchObject({ reason: 'GUARD_FAILED' });
  });

  it('certifies with three EXPERT_CERTIFICATION evidences, not two', () => {
    const facts = (count: number) => ({ ...nothing, certificationEvidenceCount: count });
    expect(decideTransition(ProjectStatus.PENDING_EXPERT, ProjectStatus.CERTIFIED, ActorType.EXPERT, facts(2)).allowed).toBe(false);
    expect(decideTransition(ProjectStatus.PENDING_EXPERT, ProjectStatus.CERTIFIED, ActorType.EXPERT, facts(3)).allowed).toBe(true);
  });

  it('needs a deposit for DRAFT -> PAID and a final payment plus confirmation for CERTIFIED -> ACTIVE', () => {
    expect(decideTransition(ProjectStatus.DRAFT, ProjectStatus.PAID, ActorType.SYSTEM_STRIPE, nothing).allowed).toBe(false);
    expect(decideTransition(ProjectStatus.DRAFT, ProjectStatus.PAID, ActorType.SYSTEM_STRIPE, { ...nothing, hasDepositPayment: true }).allowed).toBe(true);
    expect(decideTransition(ProjectStatus.CERTIFIED, ProjectStatus.ACTIVE, ActorType.SYSTEM_TWILIO, { ...nothing, hasFinalPayment: true }).allowed).toBe(false);
    expect(decideTransition(ProjectStatus.CERTIFIED, ProjectStatus.ACTIVE, ActorType.SYSTEM_EMAIL, { ...nothing, hasFinalPayment: true, clientConfirmed: true }).allowed).toBe(
      true,
    );
  });

  it('lists allowed targets per actor with guards applied', () => {
    expect(allowedTargets(ProjectStatus.PENDING_EXPERT, ActorType.EXPERT, nothing)).toEqual([]);
    expect(allowedTargets(ProjectStatus.PENDING_EXPERT, ActorType.EXPERT, everything)).toEqual([ProjectStatus.CERTIFIED]);
    expect(allowedTargets(ProjectStatus.SCHEDULED, ActorType.CLIENT, everything)).toEqual([]);
  });

  it("names in each guard's needs exactly the facts it reads (a transition loads only those)", () => {
    for (const [facts, label] of [
      [everything, 'everything'],
      [nothing, 'nothing'],
    ] as const) {
      for (const step of LIFECYCLE.filter((s) => s.guard)) {
        const read = new Set<string>();
        step.guard!.holds(new Proxy(facts, { get: (target, key: keyof LifecycleFacts) => (read.add(key), target[key]) }));
        // With every fact true, a conjunction reads all of them; with none, it may stop at the first.
        if (label === 'everything') expect([...read].sort(), `${step.from}->${step.to}`).toEqual([...step.guard!.needs].sort());
        else for (const key of read) expect(step.guard!.needs, `${step.from}->${step.to}`).toContain(key);
      }
    }
  });
});
