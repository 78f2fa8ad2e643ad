import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActorType } from '../../packages/api/src/audit/actor-type.enum';
import { LIFECYCLE, findStep } from '../../packages/api/src/projects/project-lifecycle';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { factories } from '../support/factories';
import { createUser } from '../support/users';
import { dataOf } from '../support/documents';
import { ADD_EVIDENCE, CERTIFY, PROJECT_STATUS, TRANSITION } from '../support/operations';
import { Role, useTestServer } from '../support/test-server';

const PEOPLE = [Role.ADMIN, Role.CONTRACTOR, Role.EXPERT, Role.CLIENT] as const;
const STATUSES = Object.values(ProjectStatus);

describe('project lifecycle over GraphQL', () => {
  const server = useTestServer();
  const tokens = {} as Record<Role, string>;
  let people: { contractorId: string; expertId: string; clientId: string };
  let make: ReturnType<typeof factories>;

  beforeAll(async () => {
    make = factories(server.dataSource);
    const contractor = await createUser(server, Role.CONTRACTOR);
    const expert = await createUser(server, Role.EXPERT);
    people = { contractorId: contractor.id, expertId: expert.id, clientId: randomUUID() };
    tokens[Role.ADMIN] = await server.token(Role.ADMIN);
    tokens[Role.CONTRACTOR] = await server.token(Role.CONTRACTOR, { sub: contractor.id });
    tokens[Role.EXPERT] = await server.token(Role.EXPERT, { sub: expert.id });
    tokens[Role.CLIENT] = await server.token(Role.CLIENT, { sub: people.clientId });
  });

  /** A project every person can see, in `status`, with every guard satisfied. */
  async function projectIn(status: ProjectStatus) {
    const project = await make.project({ status, ...people, clientId: people.clientId });
    await make.payment(project.id);
    await make.evidences(project.id, 3);
    return project;
  }

  function move(role: Role, projectId: string, to: ProjectStatus) {
    return to === ProjectStatus.CERTIFIED
      ? server.graphql(CERTIFY, { projectId }, tokens[role])
      : server.graphql(TRANSITION, { input: { projectId, newStatus: to } }, tokens[role]);
  }

  async function statusOf(projectId: string): Promise<string> {
    const [row] = await server.dataSource.query('SELECT status FROM projects WHERE id = $1', [projectId]);
    return row.status;
  }

  for (const step of LIFECYCLE) {
    for (const role of PEOPLE) {
      const allowed = step.actors.includes(ActorType[role]);
      it(`${step.from} -> ${step.to} by ${role}: ${allowed ? 'allowed, one audit entry' : 'FORBIDDEN, nothing changed'}`, async () => {
        const project = await projectIn(step.from);
        const auditBefore = await make.auditCount('entity_id = $1', [project.id]);
        const response = await move(role, project.id, step.to);
        if (allowed) {
          expect(response.errors).toBeUndefined();
          expect(await statusOf(project.id)).toBe(step.to);
          const entries = await server.dataSource.query('SELECT action, actor_type, actor_id, old_value, new_value FROM audit_logs WHERE entity_id = $1 ORDER BY seq', [
            project.id,
          ]);
          expect(entries.slice(auditBefore)).toEqual([
            { action: 'STATUS_CHANGED', actor_type: role, actor_id: expect.any(String), old_value: { status: step.from }, new_value: { status: step.to } },
          ]);
        } else {
          expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          expect(await statusOf(project.id)).toBe(step.from);
          expect(await make.auditCount('entity_id = $1', [project.id])).toBe(auditBefore);
        }
      });
    }
  }

  it('refuses every step that does not exist with INVALID_TRANSITION, for every role, changing nothing', async () => {
    for (const from of STATUSES) {
      const project = await projectIn(from);
      for (const to of STATUSES.filter((target) => !findStep(from, target))) {
        for (const role of PEOPLE) {
          const response = await move(role, project.id, to);
          expect(response.errors?.[0]?.extensions?.code, `${from} -> ${to} by ${role}`).toBe('INVALID_TRANSITION');
        }
      }
      expect(await statusOf(project.id)).toBe(from);
      expect(await make.auditCount('entity_id = $1', [project.id])).toBe(0);
    }
  });

  it('certifies only with three EXPERT_CERTIFICATION evidences; addEvidence makes the third', async () => {
    const project = await make.project({ status: ProjectStatus.PENDING_EXPERT, ...people });
    await make.evidences(project.id, 2);
    const refused = await move(Role.EXPERT, project.id, ProjectStatus.CERTIFIED);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_TRANSITION' } });
    expect(refused.errors?.[0]?.message).toMatch(/3 EXPERT_CERTIFICATION/);
    const allowedTransitions = async () => dataOf(await server.graphql(PROJECT_STATUS, { id: project.id }, tokens[Role.EXPERT])).project.allowedTransitions;
    expect(await allowedTransitions()).toEqual([]);

    const added = await server.graphql(
      ADD_EVIDENCE,
      { input: { projectId: project.id, fileUrl: 'https://placehold.co/800x600?text=cert3', category: 'EXPERT_CERTIFICATION' } },
      tokens[Role.EXPERT],
    );
    expect(dataOf(added).addEvidence.category).toBe('EXPERT_CERTIFICATION');
    expect(await allowedTransitions()).toEqual(['CERTIFIED']);
    expect(dataOf(await server.graphql(CERTIFY, { projectId: project.id }, tokens[Role.EXPERT]))).toEqual({ certifyProject: { id: project.id, status: 'CERTIFIED' } });
  });

  it('moves DRAFT -> PAID by hand only when a DEPOSIT payment exists', async () => {
    const project = await make.project({ status: ProjectStatus.DRAFT });
    expect((await move(Role.ADMIN, project.id, ProjectStatus.PAID)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    await make.payment(project.id);
    expect((await move(Role.ADMIN, project.id, ProjectStatus.PAID)).errors).toBeUndefined();
  });

  it('lists allowedTransitions per viewer, guards included', async () => {
    const project = await projectIn(ProjectStatus.SCHEDULED);
    const allowed = async (role: Role) => dataOf(await server.graphql(PROJECT_STATUS, { id: project.id }, tokens[role])).project.allowedTransitions;
    expect(await allowed(Role.ADMIN)).toEqual(['PENDING_EXPERT']);
    expect(await allowed(Role.CONTRACTOR)).toEqual(['PENDING_EXPERT']);
    expect(await allowed(Role.EXPERT)).toEqual([]);
    expect(await allowed(Role.CLIENT)).toEqual([]);
  });

  it('lets exactly one of 20 concurrent identical transitions win; the audit matches', async () => {
    const project = await projectIn(ProjectStatus.PAID);
    const responses = await Promise.all(Array.from({ length: 20 }, () => move(Role.ADMIN, project.id, ProjectStatus.SCHEDULED)));
    const winners = responses.filter((r) => !r.errors);
    const losers = responses.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(19).fill('INVALID_TRANSITION'));
    expect(await statusOf(project.id)).toBe('SCHEDULED');
    expect(await make.auditCount(`entity_id = $1 AND action = 'STATUS_CHANGED'`, [project.id])).toBe(1);
  });
});
