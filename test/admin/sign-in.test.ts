import { describe, expect, it } from 'vitest';
import { AdminApp } from './support/admin-page';
import { useAdminWorld } from './support/admin-server';

describe('admin sign-in', () => {
  const world = useAdminWorld();

  it('signs the demo admin in, survives a reload through the refresh cookie, and signs out', async () => {
    const app = await AdminApp.open(world.browser, world.server.url);
    try {
      await app.goto('/projects');
      // Not signed in: to the sign-in page, then back where they were going.
      await app.page.waitForURL(/\/admin\/login\?next=/);
      await app.page.getByLabel('El. paštas').fill(world.demo.email);
      await app.page.getByLabel('Slaptažodis').fill(world.demo.password);
      await app.page.getByRole('button', { name: 'Prisijungti' }).click();
      await app.page.waitForURL(/\/admin\/projects$/);

      // The access token lives in memory only; a reload renews it from the HttpOnly cookie.
      expect(await app.page.evaluate('JSON.stringify(localStorage) + document.cookie')).not.toMatch(/eyJ/);
      await app.page.reload();
      await app.page.getByRole('button', { name: 'Atsijungti' }).click();
      await app.page.waitForURL(/\/admin\/login/);
      await app.page.reload();
      await app.page.waitForURL(/\/admin\/login/);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('refuses a wrong password with a sentence, not a code', async () => {
    const app = await AdminApp.open(world.browser, world.server.url);
    try {
      await app.goto('/login');
      await app.page.getByLabel('El. paštas').fill(world.demo.email);
      await app.page.getByLabel('Slaptažodis').fill('not-the-password');
      await app.page.getByRole('button', { name: 'Prisijungti' }).click();
      await expect.poll(() => app.page.getByRole('alert').textContent()).toBe('Neteisingas el. paštas arba slaptažodis.');
    } finally {
      await app.close();
    }
  });
});
