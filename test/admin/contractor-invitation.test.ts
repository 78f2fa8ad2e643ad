import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataOf } from '../support/documents';
import { graphql } from '../generated/gql';
import { CREATE_PROJECT, PROJECTS_PAGE } from '../support/operations';
import { Role } from '../support/test-server';
import { AdminApp } from './support/admin-page';
import { useAdminWorld } from './support/admin-server';

/** The id of the user with this e-mail, as an admin finds them. */
const USERS_BY_EMAIL = graphql(`
  query UsersByEmail($search: String!) {
    users(first: 1, filter: { search: $search }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('inviting a contractor from the users page', () => {
  const world = useAdminWorld();

  it('invites them, they set a password from the e-mail, sign in and see only their own projects', async () => {
    const email = `rangovas-${randomUUID().slice(0, 8)}@vejapro.lt`;
    const admin = await AdminApp.open(world.browser, world.server.url);
    try {
      await admin.signIn(world.demo.email, world.demo.password);
      await admin.openFromMenu(/Naudotojai/);
      const invite = admin.page.getByRole('form', { name: /Pakviesti/ });
      await invite.getByLabel('Vardas').fill('Jonas Rangovas');
      await invite.getByLabel('El. paštas').fill(email);
      await invite.getByLabel('Rolė').selectOption('CONTRACTOR');
      await invite.getByRole('button', { name: /Pakviesti/ }).click();
      await admin.page.getByTestId('users-list').getByText(email).waitFor();
    } finally {
      await admin.close();
    }

    const mail = await world.smtp.waitForMail((m) => m.envelopeTo.includes(email));
    const token = /\/admin\/set-password\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;

    const contractor = await AdminApp.open(world.browser, world.server.url);
    try {
      await contractor.goto(`/set-password/${token}`);
      await contractor.page.getByLabel('Naujas slaptažodis').fill('Žalia-veja-2026');
      await contractor.page.getByLabel('Pakartokite slaptažodį').fill('Žalia-veja-2026');
      await contractor.page.getByRole('button', { name: 'Išsaugoti slaptažodį' }).click();
      await contractor.page.getByRole('heading', { name: 'Slaptažodis išsaugotas.' }).waitFor();

      await contractor.signIn(email, 'Žalia-veja-2026');
      await contractor.page.waitForURL(/\/admin\/projects$/);
      // A new contractor has no projects; the admin-only menu entries are not offered.
      expect(await contractor.page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Projektai']);
      await contractor.page.getByText('Nieko nerasta.').waitFor();

      // Assigned one, they see exactly that one.
      const adminToken = await world.server.token(Role.ADMIN);
      const users = await world.server.graphql(USERS_BY_EMAIL, { search: email }, adminToken);
      const contractorId = dataOf(users).users.edges[0]!.node.id;
      const created = dataOf(await world.server.graphql(CREATE_PROJECT, { input: { clientInfo: { name: 'Rangovo klientas' }, contractorId } }, adminToken));
      await contractor.page.reload();
      const rows = contractor.page.getByTestId('projects-list').getByRole('link');
      await expect.poll(() => rows.allTextContents()).toEqual(['Rangovo klientas']);
      const visible = dataOf(await world.server.graphql(PROJECTS_PAGE, { first: 50 }, adminToken)).projects.totalCount;
      expect(visible).toBeGreaterThan(1);
      expect(created.createProject.id).toBeTruthy();
      expect(contractor.problems).toEqual([]);
    } finally {
      await contractor.close();
    }
  });
});
