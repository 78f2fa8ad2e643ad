import { describe, expect, it } from 'vitest';
import { AdminApp } from './support/admin-page';
import { useAdminWorld } from './support/admin-server';

describe('margins page', () => {
  const world = useAdminWorld();

  it('creates a rule, then shows an overlapping period refused at the "valid from" field', async () => {
    const app = await AdminApp.open(world.browser, world.server.url);
    try {
      await app.signIn(world.demo.email, world.demo.password);
      await app.openFromMenu(/Maržos/);
      const form = app.page.getByRole('form', { name: 'Nauja taisyklė' });
      const create = async (validFrom: string, validTo: string) => {
        await form.getByLabel('Paslaugos tipas').fill('E2E_TEST_SERVICE');
        await form.getByLabel('Marža, %').fill('25');
        await form.getByLabel('Galioja nuo').fill(validFrom);
        await form.getByLabel('Galioja iki (neimtinai)').fill(validTo);
        await form.getByRole('button', { name: 'Sukurti taisyklę' }).click();
      };

      await create('2030-01-01', '2030-07-01');
      await app.page.getByTestId('margin-rules').getByText('E2E_TEST_SERVICE').waitFor();

      await create('2030-06-01', '2030-09-01');
      const validFrom = form.getByLabel('Galioja nuo');
      await expect.poll(() => validFrom.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await validFrom.getAttribute('aria-describedby'))!.split(' ')[0]!;
      expect(await app.page.locator(`[id="${describedBy}"]`).textContent()).toBe('Šiam paslaugos tipui tuo laikotarpiu jau galioja kita taisyklė.');
      expect(await app.page.getByTestId('margin-rules').getByText('E2E_TEST_SERVICE').count()).toBe(1);
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
