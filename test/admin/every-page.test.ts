import { describe, expect, it } from 'vitest';
import { AdminApp, DESKTOP, PHONE } from './support/admin-page';
import { useAdminWorld } from './support/admin-server';

/** Every admin page, by its menu entry in Lithuanian and English, and what shows it has loaded. */
const PAGES = [
  { path: '/', lt: 'Apžvalga', en: 'Overview' },
  { path: '/projects', lt: 'Projektai', en: 'Projects' },
  { path: '/projects/new', lt: null, en: null },
  { path: '/finance', lt: 'Finansai', en: 'Finance' },
  { path: '/audit', lt: 'Auditas', en: 'Audit log' },
  { path: '/margins', lt: 'Maržos', en: 'Margins' },
  { path: '/calls', lt: 'Skambučiai', en: 'Calls' },
  { path: '/webhooks', lt: "Webhook'ai", en: 'Webhooks' },
  { path: '/outbox', lt: 'Siunčiami pranešimai', en: 'Outbox' },
  { path: '/users', lt: 'Naudotojai', en: 'Users' },
] as const;

const settled = async (app: AdminApp) => {
  await app.page.getByRole('heading', { level: 1 }).first().waitFor();
  // Loading states gone: the page shows its data, its empty state or its error.
  await expect.poll(() => app.page.getByText(/^(Įkeliama…|Loading…)$/).count(), { timeout: 10_000 }).toBe(0);
};

describe('every admin page', () => {
  const world = useAdminWorld();

  // Each page in both languages: Lithuanian on a desktop, English on a phone.
  for (const { viewport, language } of [
    { viewport: DESKTOP, language: 'lt' },
    { viewport: PHONE, language: 'en' },
  ] as const) {
    it(`renders with the demo data at ${viewport.width} px in ${language}, without console errors, untranslated keys or serious accessibility violations`, async () => {
      const app = await AdminApp.open(world.browser, world.server.url, viewport);
      try {
        await app.context.addInitScript(`localStorage.setItem('vejapro.language', '${language}')`);
        await app.signIn(world.demo.email, world.demo.password);
        const project = await world.projectIn('CERTIFIED');
        const violations: Record<string, string[]> = {};
        for (const page of [...PAGES, { path: `/projects/${project.id}`, lt: null, en: null }]) {
          await app.goto(page.path);
          await settled(app);
          const found = await app.accessibilityViolations();
          // An i18next key shown as text (`status.PAID`, `quick.amount`) is a string missing from a locale file.
          const text = (await app.page.locator('main').innerText()).replace(/\S+@\S+|https?:\/\/\S+/g, '');
          const keys = (text.match(/\b[a-z]{2,}(?:\.[a-zA-Z_]{2,})+\b/g) ?? []).filter((text) => !/\.(lt|com|pdf|csv|png|co)$/.test(text));
          if (found.length || keys.length) violations[page.path] = [...found, ...keys.map((key) => `untranslated: ${key}`)];
          const name =
            page.path === '/'
              ? 'overview'
              : page.path
                  .slice(1)
                  .replace(/\//g, '-')
                  .replace(/[0-9a-f-]{36}$/, 'detail');
          await app.screenshot(`${language}-${name}`);
        }
        expect(violations).toEqual({});
        expect(app.problems).toEqual([]);
      } finally {
        await app.close();
      }
    }, 120_000);
  }

  it('switches to English, remembers it after a reload, and writes money the English way', async () => {
    const app = await AdminApp.open(world.browser, world.server.url);
    try {
      await app.signIn(world.demo.email, world.demo.password);
      await app.goto('/finance');
      await settled(app);
      expect(await app.page.getByTestId('finance-total').textContent()).toMatch(/^[\d\s\u00a0\u202f]+,\d{2}\s€$/);

      expect(await app.page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(PAGES.flatMap((page) => (page.lt ? [page.lt] : [])));
      await app.page.getByLabel('Kalba').selectOption('en');
      await app.page.getByRole('navigation').getByRole('link', { name: 'Finance' }).waitFor();
      await app.page.reload();
      await settled(app);
      const menu = await app.page.getByRole('navigation').getByRole('link').allTextContents();
      expect(menu).toEqual(PAGES.flatMap((page) => (page.en ? [page.en] : [])));
      expect(await app.page.getByTestId('finance-total').textContent()).toMatch(/^€[\d,]+\.\d{2}$/);
      expect(await app.page.evaluate('document.documentElement.lang')).toBe('en');
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
