import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from './support/browser';

describe('the test browser', () => {
  it(`launches Debian's Chromium (${CHROMIUM_PATH}) headless and renders a page`, async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<main><h1>VejaPRO</h1><button>Taip</button></main>');
      expect(await page.getByRole('heading').textContent()).toBe('VejaPRO');
      expect(browser.version()).toMatch(/^\d+\./);
    } finally {
      await browser.close();
    }
  });
});
