import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../browsers/chromium';
import { inCardWorld, openCaptureTab, useExtensionBrowser } from './helpers';

/** Serious and critical axe violations, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const root = async (page: Page) => ({
  lang: await page.getAttribute('html', 'lang'),
  dir: await page.getAttribute('html', 'dir'),
});

/** What each browser language shows: the popup's kicker, its date line, the page's `lang` and `dir`. */
const LANGUAGES = [
  { browser: 'ar', lang: 'ar', dir: 'rtl', kicker: 'فعالية مؤرشفة لليونسكو', date: /17 نوفمبر 2020/ },
  { browser: 'zh-CN', lang: 'zh-CN', dir: 'ltr', kicker: '联合国教科文组织存档活动', date: /11月/ },
  { browser: 'ru', lang: 'ru', dir: 'ltr', kicker: 'Архивное мероприятие ЮНЕСКО', date: /нояб/ },
  { browser: 'en-GB', lang: 'en', dir: 'ltr', kicker: 'Archived UNESCO event', date: /17 Nov 2020/ },
  { browser: 'fr', lang: 'fr', dir: 'ltr', kicker: 'Événement UNESCO archivé', date: /17 nov\. 2020/ },
  { browser: 'es', lang: 'es', dir: 'ltr', kicker: 'Evento de la UNESCO archivado', date: /17 nov 2020/ },
] as const;

for (const l of LANGUAGES) {
  describe(`a browser in ${l.browser}`, () => {
    const getBrowser = useExtensionBrowser({ timezone: 'Asia/Seoul', language: l.browser });

    it('gets the popup, the card, the library and the settings in its language, marked with lang and dir, axe-clean', async () => {
      const browser = getBrowser();
      const { page, tabId, badge } = await openCaptureTab(browser);
      expect(badge).toBe('EVT');
      const popup = await openPopupFor(browser, tabId);
      await popup.getByTestId('event-time').waitFor();
      expect(await root(popup)).toEqual({ lang: l.lang, dir: l.dir });
      expect(await popup.locator('.kicker').textContent()).toBe(l.kicker);
      expect(await popup.getByTestId('event-date').textContent()).toMatch(l.date);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.getByTestId('save-event').click();
      await popup.getByTestId('saved-state').waitFor();
      await popup.close();

      const card = () =>
        inCardWorld<{ lang: string; dir: string; hostDir: string } | null>(
          browser,
          tabId,
          `const box = globalThis.__eventLensCardRoot?.querySelector('div');
           const host = document.querySelector('event-lens-card');
           return box && host ? { lang: box.lang, dir: box.dir, hostDir: host.dir } : null;`,
        );
      await expect.poll(card).toEqual({ lang: l.lang, dir: l.dir, hostDir: l.dir });

      for (const name of ['library', 'options']) {
        const tab = await browser.context.newPage();
        await tab.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
        await tab.locator('main').waitFor();
        expect(await root(tab), name).toEqual({ lang: l.lang, dir: l.dir });
        expect(await seriousViolations(tab), name).toEqual([]);
        await tab.close();
      }
      await page.close();
    });
  });
}

describe('the language chosen on the settings page', () => {
  const getBrowser = useExtensionBrowser({ timezone: 'Asia/Seoul', language: 'en-GB' });

  it('overrides the browser’s on every page and on the card, and “as the browser” gives it back', async () => {
    const browser = getBrowser();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('opt-language').selectOption('ar');
    await expect.poll(() => root(options)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await options.locator('h1').textContent()).toBe('إعدادات Event Lens');

    const { page, tabId } = await openCaptureTab(browser);
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('event-time').waitFor();
    expect(await root(popup)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await popup.locator('.kicker').textContent()).toBe('فعالية مؤرشفة لليونسكو');
    // The extractor's note on the sample (an online event whose "Where" names a country), in Arabic.
    expect(await popup.getByTestId('event-warnings').textContent()).toContain('تصف فعالية عبر الإنترنت');
    await popup.close();
    const cardText = () =>
      inCardWorld<string>(browser, tabId, "return globalThis.__eventLensCardRoot?.querySelector('aside')?.textContent");
    await expect.poll(cardText).toContain('وقتك');

    await options.getByTestId('opt-language').selectOption('');
    await expect.poll(() => root(options)).toEqual({ lang: 'en', dir: 'ltr' });
    await options.close();
    await page.close();
  });
});
