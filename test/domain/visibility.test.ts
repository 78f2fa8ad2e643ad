import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Role } from '../../packages/api/src/core/auth/role';
import type { Viewer } from '../../packages/api/src/core/auth/viewer';
import { canSee, whereVisibleTo } from '../../packages/api/src/projects/project-visibility';
import { Project } from '../../packages/api/src/projects/project.entity';
import { factories } from '../support/factories';
import { createUser } from '../support/users';
import { useTestServer } from '../support/test-server';

/** Live subscriptions filter in memory (canSee), queries in SQL (whereVisibleTo): one rule, two forms that must agree. */
describe('project visibility', () => {
  const server = useTestServer();

  it('gives the same answer in SQL and in memory, for every kind of viewer', async () => {
    const make = factories(server.dataSource);
    const contractor = await createUser(server, Role.CONTRACTOR);
    const expert = await createUser(server, Role.EXPERT);
    const clientId = randomUUID();
    await make.project({ contractorId: contractor.id, expertId: expert.id });
    await make.project({ contractorId: contractor.id, clientId });
    await make.project({ clientEmail: 'Ona@Example.lt' });
    await make.project({ clientId: 'not-a-uuid-sub' });
    await make.project({});

    const viewer = (role: Role, id: string, email: string | null = null): Viewer => ({ id, role, email, expiresAt: 0 });
    const viewers = [
      viewer(Role.ADMIN, randomUUID()),
      viewer(Role.CONTRACTOR, contractor.id),
      viewer(Role.CONTRACTOR, 'not-a-uuid'),
      viewer(Role.EXPERT, expert.id),
      viewer(Role.CLIENT, clientId),
      viewer(Role.CLIENT, randomUUID(), 'ona@example.lt'),
      viewer(Role.CLIENT, 'not-a-uuid-sub'),
      viewer(Role.CLIENT, randomUUID()),
    ];
    const all = await server.dataSource.getRepository(Project).find();
    for (const v of viewers) {
      const bySql = (await whereVisibleTo(server.dataSource.getRepository(Project).createQueryBuilder('p'), v, 'p').getMany()).map((p) => p.id).sort();
      const inMemory = all
        .filter((p) => canSee(v, p))
        .map((p) => p.id)
        .sort();
      expect(inMemory, `${v.role} ${v.id}`).toEqual(bySql);
    }
  });
});
