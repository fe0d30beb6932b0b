import { describe, expect, it } from 'vitest';
import { badgeText, openPopupFor, serveCapture } from '../browsers/chromium';
import { openCaptureTab, useExtensionBrowser } from './helpers';

const getBrowser = useExtensionBrowser({ backForwardCache: true });

describe('going back to a capture', () => {
  it('restored from the back/forward cache, the page is read again: badge and popup show its event', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
    await page.evaluate(() => Object.assign(window, { eventLensTestMarker: 'first load' }));
    await serveCapture(browser.context, 'https://example.org/', '<html><body><p>Another site</p></body></html>');
    await page.goto('https://example.org/');
    await expect.poll(() => badgeText(browser, tabId)).toBe('');
    await page.goBack({ waitUntil: 'commit' });
    // The same document, restored (not loaded again: its scripts, the content script among them, did not run).
    expect(await page.evaluate(() => (window as unknown as { eventLensTestMarker?: string }).eventLensTestMarker)).toBe(
      'first load',
    );
    await expect.poll(() => badgeText(browser, tabId), { timeout: 10_000 }).toBe('EVT');
    const popup = await openPopupFor(browser, tabId);
    await expect
      .poll(() => popup.getByTestId('event-title').textContent())
      .toBe('UNESCO learning cities’ meeting on educational planning, monitoring and evaluation');
    await popup.close();
    await page.close();
  });
});
