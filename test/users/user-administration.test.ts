import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../support/documents';
import { AUDIT_LOGS, CREATE_PROJECT, OUTBOUND_MESSAGES, VIEWER } from '../support/operations';
import { Role, useTestServer } from '../support/test-server';
import { CREATE_USER, UPDATE_USER, USERS, createUser } from '../support/users';
import type { UserFilter } from '../generated/graphql';

describe('user administration', () => {
  const server = useTestServer();
  let admin: string;
  const adminId = randomUUID();

  beforeAll(async () => {
    admin = await server.token(Role.ADMIN, { sub: adminId, email: 'vadove@vejapro.lt' });
  });

  const counts = async () => {
    const [row] = (await server.dataSource.query(
      `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM outbound_messages)::int AS messages,
              (SELECT count(*) FROM audit_logs)::int AS audit, (SELECT count(*) FROM password_tokens)::int AS tokens`,
    )) as [Record<string, number>];
    return row;
  };

  const auditOf = async (entityId: string) => {
    const response = await server.graphql(AUDIT_LOGS, { first: 20, filter: { entityType: 'user', entityId } }, admin);
    return dataOf(response).auditLogs.edges.map((edge) => edge.node);
  };

  it('creates an active user and writes the invitation to the outbox, its link masked', async () => {
    const response = await server.graphql(
      CREATE_USER,
      { input: { email: 'Rimas.Vasiliauskas@VejaPRO.lt', name: 'Rimas Vasiliauskas', role: 'CONTRACTOR', phone: '+37061112233' } },
      admin,
    );
    const user = dataOf(response).createUser;
    expect(user).toMatchObject({ email: 'rimas.vasiliauskas@vejapro.lt', name: 'Rimas Vasiliauskas', role: 'CONTRACTOR', phone: '+37061112233', active: true });

    const messages = dataOf(await server.graphql(OUTBOUND_MESSAGES, { first: 5 }, admin)).outboundMessages.edges.map((edge) => edge.node);
    expect(messages.find((message) => message.recipient === user.email)).toMatchObject({
      channel: 'EMAIL',
      body: expect.stringMatching(new RegExp(`${server.config.publicBaseUrl}/admin/set-password/\\*{43}`)),
    });

    const [entry] = await auditOf(user.id);
    expect(entry).toMatchObject({ action: 'USER_CREATED', actorType: 'ADMIN', actorId: adminId, oldValue: null });
    expect(entry?.newValue).toEqual({ email: user.email, name: user.name, role: 'CONTRACTOR', phone: '+37061112233', active: true });
  });

  it('refuses an e-mail already in use, in any case, with CONFLICT and writes nothing', async () => {
    await createUser(server, Role.EXPERT, { email: 'ona.ekspertė@vejapro.lt' });
    const before = await counts();
    const response = await server.graphql(CREATE_USER, { input: { email: 'ONA.EKSPERTĖ@vejapro.lt', name: 'Ona', role: 'EXPERT' } }, admin);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await counts()).toEqual(before);
  });

  it('creates one user when the same e-mail is submitted many times at once', async () => {
    const email = `${randomUUID()}@vejapro.lt`;
    const responses = await Promise.all(Array.from({ length: 10 }, () => server.graphql(CREATE_USER, { input: { email, name: 'Dvynys', role: 'CONTRACTOR' } }, admin)));
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(9);
    const [{ n }] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('refuses bad input with BAD_USER_INPUT and anyone but an admin', async () => {
    const bad = await server.graphql(CREATE_USER, { input: { email: 'not-an-email', name: 'X', role: 'EXPERT', phone: '860000000' } }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const contractor = await server.token(Role.CONTRACTOR);
    expect((await server.graphql(CREATE_USER, { input: { email: 'a@b.lt', name: 'X', role: 'ADMIN' } }, contractor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(USERS, { first: 5 }, contractor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(USERS, { first: 5 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists users newest first, inactive ones included unless filtered, searchable by name, e-mail or phone', async () => {
    const tag = randomUUID().slice(0, 8);
    const first = await createUser(server, Role.CONTRACTOR, { name: `Šarūnas ${tag}`, email: `sarunas.${tag}@vejapro.lt` });
    const second = await createUser(server, Role.EXPERT, { name: `Vaida ${tag}`, phone: '+37069990001' });
    const third = await createUser(server, Role.CONTRACTOR, { name: `Tomas ${tag}` });
    await server.graphql(UPDATE_USER, { input: { id: third.id, active: false } }, admin);

    const users = async (filter: UserFilter, first = 10, after?: string | null) => dataOf(await server.graphql(USERS, { first, after, filter }, admin)).users;
    const ids = (page: { edges: Array<{ node: { id: string } }> }) => page.edges.map((edge) => edge.node.id);
    const all = await users({ search: tag });
    expect(ids(all)).toEqual([third.id, second.id, first.id]);
    expect(all.totalCount).toBe(3);

    expect(ids(await users({ search: tag, role: 'CONTRACTOR', active: true }))).toEqual([first.id]);
    expect(ids(await users({ search: `SARUNAS.${tag.toUpperCase()}` }))).toEqual([first.id]);
    expect(ids(await users({ search: '69990001' }))).toContain(second.id);

    const page1 = await users({ search: tag }, 2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(ids(await users({ search: tag }, 2, page1.pageInfo.endCursor))).toEqual([first.id]);
  });

  it('updates name, phone and role, auditing only what changed', async () => {
    const user = await createUser(server, Role.CONTRACTOR, { name: 'Petras', phone: '+37060000011' });
    const response = await server.graphql(UPDATE_USER, { input: { id: user.id, name: 'Petras Jonaitis', phone: null, role: 'EXPERT' } }, admin);
    expect(dataOf(response).updateUser).toMatchObject({ id: user.id, name: 'Petras Jonaitis', phone: null, role: 'EXPERT', active: true });
    const [entry] = await auditOf(user.id);
    expect(entry).toMatchObject({
      action: 'USER_UPDATED',
      actorType: 'ADMIN',
      oldValue: { name: 'Petras', phone: '+37060000011', role: 'CONTRACTOR' },
      newValue: { name: 'Petras Jonaitis', phone: null, role: 'EXPERT' },
    });

    const unchanged = await server.graphql(UPDATE_USER, { input: { id: user.id, name: 'Petras Jonaitis' } }, admin);
    expect(dataOf(unchanged).updateUser.name).toBe('Petras Jonaitis');
    expect((await auditOf(user.id)).length).toBe(2);
  });

  it('answers NOT_FOUND for an unknown user and refuses to let an admin lock themselves out', async () => {
    expect((await server.graphql(UPDATE_USER, { input: { id: randomUUID(), name: 'X' } }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.graphql(UPDATE_USER, { input: { id: 'nope', name: 'X' } }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    dataOf(await server.graphql(VIEWER, {}, admin)); // registers the admin from their token
    for (const change of [{ active: false }, { role: 'CONTRACTOR' }] as const) {
      const response = await server.graphql(UPDATE_USER, { input: { id: adminId, ...change } }, admin);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  describe('assignment', () => {
    const assign = (field: 'contractorId' | 'expertId', id: string) => server.graphql(CREATE_PROJECT, { input: { clientInfo: { name: 'Klientas' }, [field]: id } }, admin);

    it('accepts a created user at once, before they set a password', async () => {
      const contractor = await createUser(server, Role.CONTRACTOR);
      const expert = await createUser(server, Role.EXPERT);
      const response = await server.graphql(CREATE_PROJECT, { input: { clientInfo: { name: 'Klientas' }, contractorId: contractor.id, expertId: expert.id } }, admin);
      expect(response.errors).toBeUndefined();
    });

    it('refuses a user of another role, an inactive user and an unknown id, naming the field and creating nothing', async () => {
      const expert = await createUser(server, Role.EXPERT);
      const leaver = await createUser(server, Role.CONTRACTOR);
      await server.graphql(UPDATE_USER, { input: { id: leaver.id, active: false } }, admin);
      const [{ n: before }] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM projects`)) as [{ n: number }];

      for (const [field, id] of [
        ['contractorId', expert.id],
        ['contractorId', leaver.id],
        ['expertId', randomUUID()],
      ] as const) {
        const response = await assign(field, id);
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const [{ n: after }] = (await server.dataSource.query(`SELECT count(*)::int AS n FROM projects`)) as [{ n: number }];
      expect(after).toBe(before);
    });
  });
});
