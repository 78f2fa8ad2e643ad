import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../support/documents';
import { AUDIT_LOGS, CREATE_PROJECT, PROJECT_STATUS, VIEWER } from '../support/operations';
import { countStatements } from '../support/statement-counter';
import { Role, useTestServer } from '../support/test-server';
import { UPDATE_USER, USERS, createUser } from '../support/users';
import { firstResult } from '../support/ws';

/** Users of an external identity provider (Supabase) become known from their first valid token. */
describe('registration from a token', () => {
  const server = useTestServer();
  let admin: string;

  beforeAll(async () => {
    admin = await server.token(Role.ADMIN);
  });

  const userById = async (id: string) => {
    const response = await server.graphql(USERS, { first: 100 }, admin);
    return dataOf(response)
      .users.edges.map((edge) => edge.node)
      .find((user) => user.id === id);
  };
  const auditOf = async (id: string) => {
    const response = await server.graphql(AUDIT_LOGS, { first: 20, filter: { entityType: 'user', entityId: id } }, admin);
    return dataOf(response).auditLogs.edges.map((edge) => edge.node);
  };

  it('registers an unknown sub on its first request: id = sub, e-mail and role from the token, audited by SYSTEM', async () => {
    const sub = randomUUID();
    const token = await server.token(Role.CONTRACTOR, { sub, email: 'Naujas.Rangovas@Gmail.com' });
    expect(dataOf(await server.graphql(VIEWER, {}, token))).toEqual({ viewer: { id: sub, email: 'naujas.rangovas@gmail.com', role: 'CONTRACTOR' } });

    expect(await userById(sub)).toMatchObject({ id: sub, email: 'naujas.rangovas@gmail.com', role: 'CONTRACTOR', active: true, name: 'naujas.rangovas' });
    const [entry] = await auditOf(sub);
    expect(entry).toMatchObject({ action: 'USER_CREATED', actorType: 'SYSTEM', actorId: null });
  });

  it("makes that user assignable: a contractor's id is the sub of their token", async () => {
    const sub = randomUUID();
    await server.graphql(VIEWER, {}, await server.token(Role.CONTRACTOR, { sub }));
    const { createProject } = dataOf(await server.graphql(CREATE_PROJECT, { input: { clientInfo: { name: 'Klientas' }, contractorId: sub } }, admin));
    const mine = await server.graphql(PROJECT_STATUS, { id: createProject.id }, await server.token(Role.CONTRACTOR, { sub }));
    expect(dataOf(mine).project.id).toBe(createProject.id);
  });

  it('registers once under many concurrent first requests', async () => {
    const sub = randomUUID();
    const token = await server.token(Role.EXPERT, { sub, email: `${sub}@example.lt` });
    const responses = await Promise.all(Array.from({ length: 20 }, () => server.graphql(VIEWER, {}, token)));
    expect(responses.every((response) => !response.errors)).toBe(true);
    const [{ n }] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [sub])) as [{ n: number }];
    expect(n).toBe(1);
    expect((await auditOf(sub)).filter((entry) => entry.action === 'USER_CREATED').length).toBe(1);
  });

  it('costs no query per request once the user is known', async () => {
    const token = await server.token(Role.EXPERT, { sub: randomUUID() });
    await server.graphql(VIEWER, {}, token);
    const statements = await countStatements(server.dataSource, () => server.graphql(VIEWER, {}, token));
    // The first request's events may still be leaving (pg_notify after commit, batched): not this request's work.
    expect(statements.filter((sql) => !sql.startsWith('SELECT pg_notify'))).toEqual([]);
  });

  it('keeps the role of the latest token, auditing the change once', async () => {
    const sub = randomUUID();
    await server.graphql(VIEWER, {}, await server.token(Role.CLIENT, { sub }));
    await Promise.all(Array.from({ length: 5 }, async () => server.graphql(VIEWER, {}, await server.token(Role.EXPERT, { sub }))));
    expect(await userById(sub)).toMatchObject({ role: 'EXPERT' });
    const changes = (await auditOf(sub)).filter((entry) => entry.action === 'USER_UPDATED');
    expect(changes).toEqual([expect.objectContaining({ actorType: 'SYSTEM', oldValue: { role: 'CLIENT' }, newValue: { role: 'EXPERT' } })]);
  });

  it('registers a token whose e-mail another user has without that e-mail, rather than refusing it', async () => {
    const existing = await createUser(server, Role.CONTRACTOR, { email: 'bendras@vejapro.lt' });
    const sub = randomUUID();
    const response = await server.graphql(VIEWER, {}, await server.token(Role.CONTRACTOR, { sub, email: 'Bendras@vejapro.lt' }));
    expect(response.errors).toBeUndefined();
    expect(await userById(sub)).toMatchObject({ email: null, role: 'CONTRACTOR' });
    expect(await userById(existing.id)).toMatchObject({ email: 'bendras@vejapro.lt' });
  });

  it('refuses the tokens of a deactivated user, over HTTP and websockets', async () => {
    const sub = randomUUID();
    const token = await server.token(Role.CONTRACTOR, { sub });
    await server.graphql(VIEWER, {}, token);
    await server.graphql(UPDATE_USER, { input: { id: sub, active: false } }, admin);
    expect((await server.graphql(VIEWER, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const socket = server.wsClient({ authorization: `Bearer ${token}` });
    await expect(firstResult(socket, VIEWER)).rejects.toMatchObject({ code: 4403 });
  });
});
