import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Screenshots of the pages, for people to look at (not compared by any test). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../test-output/screenshots');

// A 1×1 PNG for images hosted elsewhere (the demo's evidence photos): the test machine has no internet.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * The admin SPA in one browser context (its own cookies: one signed-in person), with what went
 * wrong in the page collected: console errors and warnings, uncaught exceptions.
 */
export class AdminApp {
  readonly problems: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') this.problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
  }

  static async open(browser: Browser, baseUrl: string, viewport = DESKTOP): Promise<AdminApp> {
    const context = await browser.newContext({ viewport, baseURL: baseUrl });
    await context.route(
      (url) => url.hostname !== new URL(baseUrl).hostname,
      (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }),
    );
    return new AdminApp(context, await context.newPage(), baseUrl);
  }

  /** A path inside the SPA (`/projects`), under /admin. */
  async goto(spaPath: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/admin${spaPath}`);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.goto('/login');
    await this.page.getByLabel(/^(El\. paštas|E-mail)$/).fill(email);
    await this.page.getByLabel(/^(Slaptažodis|Password)$/).fill(password);
    await this.page.getByRole('button', { name: /^(Prisijungti|Sign in)$/ }).click();
    await this.page.getByRole('button', { name: /^(Atsijungti|Sign out)$/ }).waitFor();
  }

  /** Follows a link of the main menu, as a person would. */
  async openFromMenu(name: RegExp): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name }).click();
  }

  /** Serious and critical accessibility violations on the page as it is now. */
  async accessibilityViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const { width } = this.page.viewportSize() ?? DESKTOP;
    await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
