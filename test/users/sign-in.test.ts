import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { dataOf } from '../support/documents';
import { AUDIT_LOGS, VIEWER } from '../support/operations';
import { Role, startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';
import { LOGIN, LOGOUT, REFRESH_SESSION, RESEND_INVITATION, SET_PASSWORD, UPDATE_USER, createUser, type UserNode } from '../support/users';
import { firstResult } from '../support/ws';

const PASSWORD = 'Žalia-veja-2026';

/** The refresh cookie a response set: its value and attributes. */
function refreshCookieOf(response: GraphQLResponse): { value: string; attributes: string } | undefined {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('vejapro_refresh='));
  if (!header) return undefined;
  const [pair, ...attributes] = header.split(';');
  return { value: decodeURIComponent(pair!.slice('vejapro_refresh='.length)), attributes: attributes.join(';') };
}

const withCookie = (refresh: string) => ({ cookie: `vejapro_refresh=${encodeURIComponent(refresh)}` });

describe('sign-in', () => {
  let smtp: SmtpSink;
  let server: TestServer;
  let second: TestServer;
  let admin: string;
  /** Every password and token of this file, to look for in the logs at the end. */
  const secrets: string[] = [PASSWORD];

  beforeAll(async () => {
    smtp = await startSmtpSink();
    const env = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM_EMAIL: 'no-reply@vejapro.lt' };
    server = await startTestServer(env, { captureLogs: true });
    // A second instance on the same database and secrets, as behind a load balancer.
    second = await startTestServer({ ...env, JWT_SECRET: server.config.jwt.secret! }, { database: server.database, captureLogs: true });
    admin = await server.token(Role.ADMIN);
  });

  afterAll(async () => {
    await second?.close();
    await server?.close();
    await smtp?.close();
  });

  /** Invites a user and reads the set-password token from the e-mail they receive. */
  async function invite(role = Role.CONTRACTOR): Promise<{ user: UserNode; token: string }> {
    const user = await createUser(server, role, { email: `${randomUUID().slice(0, 8)}@vejapro.lt`, name: 'Kviestinis' });
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes(user.email!) && /set-password\//.test(m.text ?? ''));
    const token = /\/admin\/set-password\/([A-Za-z0-9_-]+)/.exec(mail.text!)![1]!;
    expect(mail.text).toContain(`${server.config.publicBaseUrl}/admin/set-password/${token}`);
    secrets.push(token);
    return { user, token };
  }

  async function signedUp(role = Role.CONTRACTOR) {
    const { user, token } = await invite(role);
    expect(dataOf(await server.graphql(SET_PASSWORD, { token, password: PASSWORD }))).toEqual({ setPassword: true });
    return user;
  }

  /** A login or refresh answer. Its session and cookie throw, with the errors, when the answer has none. */
  function answer<S extends { accessToken: string }>(response: GraphQLResponse<unknown>, session: S | undefined) {
    const cookie = refreshCookieOf(response);
    if (session) secrets.push(session.accessToken);
    if (cookie?.value) secrets.push(cookie.value);
    return {
      response,
      get session(): S {
        if (!session) throw new Error(`no session: ${JSON.stringify(response.errors)}`);
        return session;
      },
      get cookie() {
        if (!cookie) throw new Error(`no refresh cookie: ${JSON.stringify(response.errors)}`);
        return cookie;
      },
      get refresh(): string {
        return this.cookie.value;
      },
    };
  }

  async function login(email: string, password = PASSWORD, on = server) {
    const response = await on.graphql(LOGIN, { email, password });
    return answer(response, response.data?.login);
  }

  async function refresh(token: string, on = server) {
    const response = await on.graphql(REFRESH_SESSION, {}, undefined, withCookie(token));
    return answer(response, response.data?.refreshSession);
  }

  it('takes an invited user from the e-mail to a working session: set password, sign in, refresh, reuse detection, sign out', async () => {
    const { user, token } = await invite();

    // A refused password leaves the link usable.
    const weak = await server.graphql(SET_PASSWORD, { token, password: 'trumpas' });
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(dataOf(await server.graphql(SET_PASSWORD, { token, password: PASSWORD }))).toEqual({ setPassword: true });
    expect((await server.graphql(SET_PASSWORD, { token, password: PASSWORD })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const signIn = await login(user.email!.toUpperCase());
    expect(signIn.response.errors).toBeUndefined();
    expect(signIn.session.user).toMatchObject({ id: user.id, email: user.email, role: 'CONTRACTOR' });
    const lifetime = new Date(signIn.session.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000);
    expect(signIn.cookie.attributes).toMatch(/HttpOnly/i);
    expect(signIn.cookie.attributes).toMatch(/SameSite=Strict/i);
    expect(signIn.cookie.attributes).toMatch(/Path=\/graphql/i);
    expect(signIn.cookie.attributes).not.toMatch(/Secure/i); // development and tests run on plain http
    const { viewer } = dataOf(await server.graphql(VIEWER, {}, signIn.session.accessToken));
    expect(viewer).toMatchObject({ id: user.id, role: 'CONTRACTOR' });

    // Rotation: a new refresh token each time, on either instance.
    const renewed = await refresh(signIn.refresh, second);
    expect(renewed.response.errors).toBeUndefined();
    expect(renewed.refresh).toBeDefined();
    expect(renewed.refresh).not.toBe(signIn.refresh);
    expect(dataOf(await server.graphql(VIEWER, {}, renewed.session.accessToken))).toMatchObject({ viewer: { id: user.id } });

    // The first token again: a copy. Refused, and the current one dies with it.
    const reused = await refresh(signIn.refresh);
    expect(reused.response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await refresh(renewed.refresh)).response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A new sign-in, then sign-out: the cookie is cleared and its session ends.
    const again = await login(user.email!);
    const out = await server.graphql(LOGOUT, {}, undefined, withCookie(again.refresh));
    expect(dataOf(out)).toEqual({ logout: true });
    expect(refreshCookieOf(out)?.value).toBe('');
    expect((await refresh(again.refresh)).response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(dataOf(await server.graphql(LOGOUT))).toEqual({ logout: true });
  });

  it('audits the password as set by the user themselves, without the password or token', async () => {
    const user = await signedUp(Role.EXPERT);
    const response = await server.graphql(AUDIT_LOGS, { first: 10, filter: { entityType: 'user', entityId: user.id } }, admin);
    const entries = dataOf(response).auditLogs.edges.map((edge) => edge.node);
    expect(entries.map((entry) => entry.action)).toEqual(['PASSWORD_SET', 'USER_CREATED']);
    expect(entries[0]).toMatchObject({ actorType: 'EXPERT', actorId: user.id, newValue: { passwordSet: true } });
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
  });

  it('answers an unknown link, a wrong password, an unknown e-mail and a deactivated user without telling them apart', async () => {
    expect((await server.graphql(SET_PASSWORD, { token: 'x'.repeat(43), password: PASSWORD })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const user = await signedUp();
    const leaver = await signedUp();
    await server.graphql(UPDATE_USER, { input: { id: leaver.id, active: false } }, admin);

    const answers = await Promise.all([login(user.email!, 'Neteisingas-2026'), login(`${randomUUID()}@vejapro.lt`), login(leaver.email!)]);
    for (const { response } of answers) {
      expect(response.errors?.[0]).toMatchObject({ message: 'Wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED' } });
      expect(refreshCookieOf(response)).toBeUndefined();
    }
  });

  it('refuses an expired set-password link; a new invitation replaces the old link', async () => {
    const { user, token } = await invite();
    // Seven days pass (the one thing a test cannot wait for).
    await server.dataSource.query(`UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await server.graphql(SET_PASSWORD, { token, password: PASSWORD })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    smtp.mails.length = 0;
    expect((await server.graphql(RESEND_INVITATION, { userId: user.id }, admin)).errors).toBeUndefined();
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes(user.email!));
    const fresh = /\/admin\/set-password\/([A-Za-z0-9_-]+)/.exec(mail.text!)![1]!;
    secrets.push(fresh);
    expect(dataOf(await server.graphql(SET_PASSWORD, { token: fresh, password: PASSWORD }))).toEqual({ setPassword: true });
    expect((await login(user.email!)).session).toBeDefined();
  });

  it('throttles the 6th attempt for one e-mail within 15 minutes across instances, even with the right password', async () => {
    const user = await signedUp();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { response } = await login(user.email!, `Neteisingas-${attempt}0000`, attempt % 2 ? server : second);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const instance of [server, second]) {
      const { response } = await login(user.email!, PASSWORD, instance);
      expect(response.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
    // Other e-mails are not affected.
    const other = await signedUp();
    expect((await login(other.email!)).session).toBeDefined();
  });

  it('lets no more than 5 of a burst of concurrent guesses through to the password check', async () => {
    const user = await signedUp();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(user.email!, `Spejimas-${i}-00000`, i % 2 ? server : second)));
    const codes = answers.map(({ response }) => response.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBe(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBe(7);
  });

  it('a successful sign-in clears the failures counted so far', async () => {
    const user = await signedUp();
    for (let attempt = 0; attempt < 4; attempt++) await login(user.email!, `Neteisingas-${attempt}0000`);
    expect((await login(user.email!)).session).toBeDefined();
    for (let attempt = 0; attempt < 4; attempt++) await login(user.email!, `Neteisingas-${attempt}0000`);
    expect((await login(user.email!)).session).toBeDefined();
  });

  it("deactivation ends every session and refuses the user's access tokens on every instance; reactivation restores neither", async () => {
    const user = await signedUp();
    const first = await login(user.email!);
    const other = await login(user.email!, PASSWORD, second);
    // Both instances know the user (and cache it).
    for (const instance of [server, second]) expect(dataOf(await instance.graphql(VIEWER, {}, first.session.accessToken))).toMatchObject({ viewer: { id: user.id } });

    await server.graphql(UPDATE_USER, { input: { id: user.id, active: false } }, admin);
    const refused = await server.graphql(VIEWER, {}, first.session.accessToken);
    expect(refused.errors?.[0]).toMatchObject({ message: 'This account is deactivated', extensions: { code: 'UNAUTHENTICATED' } });
    // The other instance hears of it through the database's notifications.
    await expect.poll(async () => (await second.graphql(VIEWER, {}, first.session.accessToken)).errors?.[0]?.extensions?.code, { timeout: 5_000 }).toBe('UNAUTHENTICATED');
    const socket = second.wsClient({ authorization: `Bearer ${first.session.accessToken}` });
    await expect(firstResult(socket, VIEWER)).rejects.toMatchObject({ code: 4403 });

    for (const token of [first.refresh, other.refresh]) expect((await refresh(token)).response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await server.graphql(UPDATE_USER, { input: { id: user.id, active: true } }, admin);
    expect((await refresh(other.refresh)).response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(user.email!)).session).toBeDefined();
  });

  it('signs in over HTTP only: a websocket cannot carry the cookie', async () => {
    const socket = server.wsClient({ authorization: `Bearer ${admin}` });
    const result = await firstResult(socket, LOGIN, { email: 'x@vejapro.lt', password: PASSWORD });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data ?? null).toBeNull();
  });

  it('never writes a password or token to the log', async () => {
    // A sign-in and refresh of its own, so the check has secrets to look for in any test order.
    const user = await signedUp();
    await refresh((await login(user.email!)).refresh, second);
    const logs = server.logs() + second.logs();
    expect(logs).toContain('signed in'); // the capture works
    for (const secret of secrets) expect(logs).not.toContain(secret);
  });
});
