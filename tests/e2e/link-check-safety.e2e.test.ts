import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../browsers/chromium';
import { fulfilHtml, openCaptureWithLinks, useLinkCheckBrowser } from './link-check-harness';

const harness = useLinkCheckBrowser();
const getBrowser = harness.browser;
const privateHits = harness.privateHits;

// What a check must never ask or believe: a hop into the reader's network, another tab's failed request. Each
// link's verdict and the politeness rules are in link-check.e2e.test.ts.
describe('checking the links, with the live web faked', () => {
  it('a link that redirects into the reader’s network is refused, and the browser itself blocks the hop', async () => {
    const browser = getBrowser();
    const port = harness.port();
    // Past the test's catch-all refusal: the loopback address really is asked, unless something stops it.
    await browser.context.route(`http://127.0.0.1:${port}/**`, (route) => route.continue());
    await browser.context.route('https://uil.unesco.org/**', (route) => fulfilHtml(route, 200, 'UIL page'));
    privateHits.length = 0;
    const { page, tabId } = await openCaptureWithLinks(
      browser,
      [{ url: 'http://into-lan.example.org/welcome', text: 'Conference Wi-Fi' }],
      'into-lan',
    );
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('check-links').click();
    await popup.getByTestId('export-csv').waitFor({ timeout: 30_000 });
    const item = popup.locator('li[data-url="http://into-lan.example.org/welcome"]');
    expect(await item.locator('.verdict').textContent()).toBe('not checked');
    expect(await item.locator('.reason').textContent()).toBe(
      'Points or redirects into a private network: not followed there.',
    );
    // Nothing the device said is shown, and no link to it is offered.
    expect(await popup.getByTestId('link-results').textContent()).not.toContain('Router admin');
    expect(await item.locator('.moved-to').count()).toBe(0);
    expect(privateHits).toEqual([]);

    // The browser's own rule: the worker's request to a loopback literal is blocked before it leaves.
    const direct = await browser.serviceWorker.evaluate(
      (url) =>
        fetch(url).then(
          (r) => `answered ${r.status}`,
          (e: unknown) => `failed: ${String(e)}`,
        ),
      `http://127.0.0.1:${port}/direct`,
    );
    expect(direct).toMatch(/^failed/);
    expect(privateHits).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('hears only its own requests’ errors: a tab’s failed request cannot change a link’s verdict', async () => {
    const browser = getBrowser();
    const target = 'https://poison.example.com/report';
    // The worker's request fails with a refused connection; the tab's, with a name that does not resolve.
    await browser.context.route('https://poison.example.com/**', (route) =>
      route.abort(route.request().serviceWorker() ? 'connectionrefused' : 'namenotresolved'),
    );
    await browser.context.route('https://uil.unesco.org/**', (route) => fulfilHtml(route, 200, 'UIL page'));
    // A first check, so that the background listens for network errors (it does from the first check on).
    const first = await openCaptureWithLinks(browser, [{ url: 'https://fine.example.com/a.pdf', text: 'A' }], 'first');
    await browser.context.route('https://fine.example.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/pdf', body: '%PDF' }),
    );
    const popup1 = await openPopupFor(browser, first.tabId);
    await popup1.getByTestId('check-links').click();
    await popup1.getByTestId('export-csv').waitFor({ timeout: 30_000 });
    await popup1.close();
    // A page in a tab fails to reach the address (as a hostile page could make it), then the link is checked.
    const tab = await browser.context.newPage();
    await tab.goto(target).catch(() => undefined);
    const { page, tabId } = await openCaptureWithLinks(browser, [{ url: target, text: 'Report' }], 'poison');
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('check-links').click();
    await popup.getByTestId('export-csv').waitFor({ timeout: 30_000 });
    const item = popup.locator(`li[data-url="${target}"]`);
    // Refused connection: unreachable. The tab's "name not resolved" would have made it "gone".
    expect(await item.locator('.verdict').textContent()).toBe('unreachable');
    await Promise.all([popup.close(), tab.close(), page.close(), first.page.close()]);
  });
});
