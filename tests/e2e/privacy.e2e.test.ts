import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor, sampleCaptureIndexes, serveCaptureIndexes } from '../browsers/chromium';
import { openCaptureTab, useExtensionBrowser } from './helpers';

// Not a shared journey: Playwright tells the extension's own requests (its service worker's) from the page's;
// Firefox's suite sees every request at its proxy and tells them apart there (tests/firefox/privacy).
const getBrowser = useExtensionBrowser({ timezone: 'Europe/Paris' });

/** The hosts and paths README "Permissions, and what goes over the network" names for the popup's queries. */
const DOCUMENTED = [
  /^https:\/\/web\.archive\.org\/cdx\/search\/cdx\?/,
  /^https:\/\/webarchive\.unesco\.org\/web\/timemap\//,
];

describe('what leaves the browser', () => {
  it('nothing while the reader browses; with the popup open, only the documented capture indexes', async () => {
    const browser = getBrowser();
    await serveCaptureIndexes(browser.context, sampleCaptureIndexes());
    // Every request the extension itself makes goes through its service worker.
    const sent: string[] = [];
    const record = (request: Request) => {
      if (request.serviceWorker()) sent.push(request.url());
    };
    browser.context.on('request', record);
    try {
      const { page, tabId, badge } = await openCaptureTab(browser);
      expect(badge).toBe('EVT');
      // The page was read and its card shown: still nothing sent.
      await page.waitForFunction(() => performance.getEntriesByName('event-lens:source:end').length > 0);
      await new Promise((r) => setTimeout(r, 500));
      expect(sent).toEqual([]);

      const popup = await openPopupFor(browser, tabId);
      await popup.getByTestId('captures-internet-archive').locator('.capture-count').waitFor({ timeout: 10_000 });
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.filter((url) => !DOCUMENTED.some((re) => re.test(url)))).toEqual([]);
      await popup.close();
      await page.close();
    } finally {
      browser.context.off('request', record);
    }
  });
});
