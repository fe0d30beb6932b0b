import { describe, expect, it } from 'vitest';
import { CHROME_E2E_GRANTS_DIR, openPopupFor, ownPywbCapture, tabIdOf, waitForBadge } from '../browsers/chromium';
import { useExtensionBrowser } from './helpers';

// The build with any host granted up front: the browser's permission prompt, which the settings page raises
// when an archive is added, cannot be answered in headless Chromium; with the access already granted the
// request resolves at once and the rest of the flow is the product's own.
const getBrowser = useExtensionBrowser({ extensionDir: CHROME_E2E_GRANTS_DIR, timezone: 'Europe/Paris' });
const ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

describe('an archive the reader adds: their own pywb', () => {
  it('is added on the settings page, then its captures are read and its own index is asked for other captures', async () => {
    const browser = getBrowser();
    const settings = await browser.context.newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await settings.getByTestId('archive-host-input').fill('http://localhost:8080');
    await settings.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => settings.getByRole('status').textContent())
      .toBe('Added http://localhost:8080. Reload its pages for Event Lens to read them.');
    expect(await settings.getByTestId('archive-hosts').textContent()).toContain('http://localhost:8080');

    const { url: capture, html } = ownPywbCapture();
    const cdxRequests: string[] = [];
    await browser.context.route('http://localhost:8080/**', (route) => {
      const url = route.request().url();
      if (url === capture) return route.fulfill({ contentType: 'text/html', body: html });
      if (url.startsWith('http://localhost:8080/my-web/cdx?')) {
        cdxRequests.push(url);
        const rows = ['20201117093512', '20201206072020'].map((ts) =>
          JSON.stringify({
            urlkey: 'org,unesco,uil)/event',
            timestamp: ts,
            url: ORIGINAL,
            mime: 'text/html',
            status: '200',
          }),
        );
        return route.fulfill({ contentType: 'text/x-ndjson', body: `${rows.join('\n')}\n` });
      }
      return route.fulfill({ status: 404, body: '' });
    });
    await browser.context.route('https://web.archive.org/cdx/search/cdx?**', (route) =>
      route.fulfill({ contentType: 'application/json', body: '[]' }),
    );
    const page = await browser.context.newPage();
    await page.goto(capture);
    const tabId = await tabIdOf(browser, page);
    expect(await waitForBadge(browser, tabId)).toBe('EVT');

    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('event-title').waitFor();
    expect(await popup.getByTestId('capture-line').textContent()).toContain('on localhost:8080');
    const own = popup.getByTestId('captures-pywb:localhost:8080');
    await own.locator('.capture-count').waitFor();
    expect(await own.locator('.capture-count').textContent()).toContain('localhost:8080: 2 captures');
    expect(cdxRequests[0]).toBe(
      `http://localhost:8080/my-web/cdx?url=${encodeURIComponent(ORIGINAL)}&output=json&limit=10001`,
    );
    await popup.close();
    await page.close();
    await settings.close();
  });
});
