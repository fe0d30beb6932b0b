import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopupFor, type ExtensionBrowser } from '../browsers/chromium';
import { openCaptureTab } from './helpers';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true, timezone: 'Europe/London' });
});

afterAll(async () => {
  await browser.close();
});

describe('settings page', () => {
  it('opens with no archives added and refuses an address that is not an archive host, without asking for access', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.textContent('body')).toContain('No archives added.');
    await page.getByTestId('archive-host-input').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('is not the address of an archive host');
    await page.getByTestId('archive-host-input').fill('https://web.archive.org');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('“https://web.archive.org” is not');
    const stored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get('user-archives'));
    expect(stored['user-archives']).toBeUndefined();
    // Access to every website is never held from install: said so, with nothing to give back.
    await expect
      .poll(() => page.getByTestId('site-access-state').textContent())
      .toBe('Event Lens may not reach other websites. “Check links” asks for that access when you use it.');
    expect(await page.getByTestId('site-access-give-back').count()).toBe(0);
    await page.close();
  });

  it('a home time zone and the archives to ask, set here, change what the popup shows', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('home-zone').fill('Tokyo');
    await page.getByTestId('home-zone').press('Enter');
    await expect.poll(() => page.getByTestId('home-zone').inputValue()).toBe('Asia/Tokyo');
    await page.getByTestId('opt-ask-internet-archive').uncheck();
    await expect.poll(() => page.getByTestId('options-message').textContent()).toBe('Saved.');
    const stored = await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.get(['display-settings', 'capture-settings']),
    );
    expect(stored).toMatchObject({
      'display-settings': { homeZone: 'Asia/Tokyo' },
      'capture-settings': { askInternetArchive: false },
    });

    const capture = await openCaptureTab(browser);
    const popup = await openPopupFor(browser, capture.tabId);
    await popup.getByTestId('event-time').waitFor();
    const rows = await popup.getByTestId('event-time').locator('tr').allTextContents();
    expect(rows.find((r) => r.startsWith('Your time'))).toBe('Your time (Tokyo)9:00 PM–10:30 PMUTC+9');
    await popup.getByTestId('captures-unesco').waitFor();
    expect(await popup.getByTestId('captures-internet-archive').count()).toBe(0);
    await popup.close();
    await capture.page.close();

    await page.getByTestId('clear-cache').click();
    await expect.poll(() => page.getByTestId('options-message').textContent()).toBe('Cached answers cleared.');
    await page.close();
  });
});
