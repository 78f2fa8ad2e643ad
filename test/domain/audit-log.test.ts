import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { factories } from '../support/factories';
import { dataOf } from '../support/documents';
import { AUDIT_LOGS, CREATE_PROJECT, PROJECT_DETAIL, TRANSITION } from '../support/operations';
import { Role, useTestServer } from '../support/test-server';

describe('audit log', () => {
  const server = useTestServer();
  let admin: string;
  let make: ReturnType<typeof factories>;

  beforeAll(async () => {
    admin = await server.token(Role.ADMIN, { sub: 'a0000000-0000-4000-8000-000000000001' });
    make = factories(server.dataSource);
  });

  it('writes exactly one entry per change, with the actor and the changed fields', async () => {
    const created = await server.graphql(
      CREATE_PROJECT,
      { input: { clientInfo: { name: 'Ona Kazlauskienė', phone: '+37061234567', email: 'ona@example.lt' }, serviceType: 'ROLL_LAWN', areaM2: 80 } },
      admin,
    );
    const id = dataOf(created).createProject.id;
    await make.payment(id);
    dataOf(await server.graphql(TRANSITION, { input: { projectId: id, newStatus: 'PAID', note: 'grynais' } }, admin));

    const detail = dataOf(await server.graphql(PROJECT_DETAIL, { id }, admin));
    const trail = detail.project.auditTrail.edges.map((edge) => edge.node);
    expect(trail.map((entry) => entry.action)).toEqual(['STATUS_CHANGED', 'PROJECT_CREATED']);
    expect(trail[0]).toMatchObject({ actorType: 'ADMIN', actorId: 'a0000000-0000-4000-8000-000000000001', oldValue: { status: 'DRAFT' }, newValue: { status: 'PAID' } });
    expect(trail[1]).toMatchObject({ oldValue: null, newValue: { status: 'DRAFT', clientInfo: { name: 'Ona Kazlauskienė' } } });
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE fail', async () => {
    const project = await make.project();
    await server.graphql(TRANSITION, { input: { projectId: project.id, newStatus: 'SCHEDULED' } }, admin); // refused, writes nothing
    await server.dataSource.query(`INSERT INTO audit_logs (entity_type, entity_id, action, actor_type) VALUES ('project', $1, 'TEST', 'SYSTEM')`, [project.id]);
    await expect(server.dataSource.query(`UPDATE audit_logs SET action = 'FORGED' WHERE entity_id = $1`, [project.id])).rejects.toThrow(/append-only/);
    await expect(server.dataSource.query(`DELETE FROM audit_logs WHERE entity_id = $1`, [project.id])).rejects.toThrow(/append-only/);
    await expect(server.dataSource.query(`TRUNCATE audit_logs`)).rejects.toThrow(/append-only/);
    expect(await make.auditCount('entity_id = $1', [project.id])).toBe(1);
  });

  it('is listed newest first with cursor pagination and filters, for admins only', async () => {
    const project = await make.project({ status: ProjectStatus.PAID });
    for (let i = 0; i < 3; i++) {
      await server.dataSource.query(`INSERT INTO audit_logs (entity_type, entity_id, action, actor_type) VALUES ('project', $1, $2, 'SYSTEM')`, [project.id, `STEP_${i}`]);
    }
    const first = dataOf(await server.graphql(AUDIT_LOGS, { first: 2, filter: { entityId: project.id } }, admin)).auditLogs;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.action)).toEqual(['STEP_2', 'STEP_1']);
    const second = dataOf(await server.graphql(AUDIT_LOGS, { first: 2, after: first.pageInfo.endCursor, filter: { entityId: project.id } }, admin)).auditLogs;
    expect(second.edges.map((e) => e.node.action)).toEqual(['STEP_0']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const contractor = await server.token(Role.CONTRACTOR);
    expect((await server.graphql(AUDIT_LOGS, { first: 2 }, contractor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(AUDIT_LOGS, { first: 2 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
