import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataOf } from '../support/documents';
import { PROJECT_DETAIL, TRANSITION } from '../support/operations';
import { paymentIntentEvent, postStripe, stripeSignature } from '../support/stripe-events';
import { Role } from '../support/test-server';
import { AdminApp } from './support/admin-page';
import { useAdminWorld } from './support/admin-server';

const STRIPE_SECRET = `whsec_${randomBytes(16).toString('hex')}`;

describe('the admin dashboard stays live', () => {
  const world = useAdminWorld({ STRIPE_WEBHOOK_SECRET: STRIPE_SECRET });

  async function signedInAdmin(): Promise<AdminApp> {
    const app = await AdminApp.open(world.browser, world.server.url);
    await app.signIn(world.demo.email, world.demo.password);
    return app;
  }

  const paymentsOf = async (projectId: string) => dataOf(await world.server.graphql(PROJECT_DETAIL, { id: projectId }, await world.server.token(Role.ADMIN))).project.payments;

  it('moves a project one step: the status, the buttons and the audit trail change without a reload', async () => {
    const project = await world.projectIn('PAID');
    const app = await signedInAdmin();
    try {
      await app.goto(`/projects/${project.id}`);
      const status = app.page.getByTestId('project-status');
      await expect.poll(() => status.textContent()).toBe('Apmokėtas avansas');
      const auditEntries = app.page.getByTestId('audit-trail').getByRole('listitem');
      const entriesBefore = await auditEntries.count();

      await app.page.getByRole('button', { name: /Suplanuotas/ }).click();
      await expect.poll(() => status.textContent()).toBe('Suplanuotas');
      // The next step's button replaces the one just taken.
      await app.page.getByRole('button', { name: /Laukia eksperto/ }).waitFor();
      expect(await app.page.getByRole('button', { name: /Suplanuotas/ }).count()).toBe(0);
      await expect.poll(() => auditEntries.count()).toBe(entriesBefore + 1);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('shows a signed Stripe payment in the finance total without a reload', async () => {
    const project = await world.projectIn('DRAFT');
    const app = await signedInAdmin();
    try {
      await app.goto('/finance');
      const total = app.page.getByTestId('finance-total');
      await expect.poll(() => total.textContent()).toMatch(/€/);
      const before = await total.textContent();

      const payload = JSON.stringify(paymentIntentEvent({ projectId: project.id, paymentType: 'DEPOSIT', amount: 123_456 }));
      expect((await postStripe(world.server.url, payload, stripeSignature(payload, STRIPE_SECRET))).body).toEqual({ status: 'processed' });

      await expect.poll(() => total.textContent(), { timeout: 10_000 }).not.toBe(before);
      const cents = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
      expect(cents(await total.textContent()) - cents(before)).toBe(123_456);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('records a double-clicked quick payment once', async () => {
    const project = await world.projectIn('DRAFT');
    const paymentsBefore = (await paymentsOf(project.id)).length;
    const app = await signedInAdmin();
    try {
      await app.goto('/finance');
      const form = app.page.getByRole('region', { name: 'Įrašyti gautą mokėjimą' });
      await form.getByLabel('Projektas').selectOption({ label: `${project.clientName} · Juodraštis` });
      await form.getByLabel('Suma eurais').fill('250,00');
      await form.getByRole('button', { name: 'Įrašyti mokėjimą' }).dblclick();
      await form.getByRole('status').waitFor();

      await expect.poll(async () => (await paymentsOf(project.id)).length).toBe(paymentsBefore + 1);
      // A third click after the answer is still the same payment: the key is made once per form.
      expect((await paymentsOf(project.id)).filter((p) => p.amount === 25_000)).toHaveLength(1);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('catches up after its websocket is cut: a change made meanwhile shows after the automatic reconnect', async () => {
    const project = await world.projectIn('PAID');
    const app = await AdminApp.open(world.browser, world.server.url);
    let online = true;
    const sockets: Array<{ close(): Promise<void> }> = [];
    // Between the page and the server: while "offline", new sockets are refused at once.
    await app.page.routeWebSocket(/\/graphql$/, (ws) => {
      if (!online) return void ws.close({ code: 1006, reason: 'offline' }).catch(() => undefined);
      ws.connectToServer();
      sockets.push(ws);
    });
    try {
      await app.signIn(world.demo.email, world.demo.password);
      await app.goto(`/projects/${project.id}`);
      const status = app.page.getByTestId('project-status');
      await expect.poll(() => status.textContent()).toBe('Apmokėtas avansas');
      const indicator = app.page.getByTestId('live-indicator');
      await expect.poll(() => indicator.getAttribute('data-status')).toBe('connected');

      online = false;
      await Promise.all(sockets.splice(0).map((ws) => ws.close().catch(() => undefined)));
      await expect.poll(() => indicator.getAttribute('data-status')).toBe('reconnecting');

      // Someone else takes the step while this page cannot hear about it.
      const admin = await world.server.token(Role.ADMIN);
      await world.server.graphql(TRANSITION, { input: { projectId: project.id, newStatus: 'SCHEDULED' } }, admin);
      expect(await status.textContent()).toBe('Apmokėtas avansas');

      online = true;
      await app.page.evaluate("window.dispatchEvent(new Event('online'))");
      await expect.poll(() => indicator.getAttribute('data-status'), { timeout: 15_000 }).toBe('connected');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Suplanuotas');
    } finally {
      await app.close();
    }
  });
});
