import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchWithExtension,
  loadSample,
  openPopupFor,
  serveCapture,
  tabIdOf,
  waitForBadge,
  type ExtensionBrowser,
} from '../browsers/chromium';
import { chromiumPage, chromiumUnderTest } from '../browsers/chromium-under-test';
import { leavesAlone } from '../journeys/quiet';
import { badgeAndCard, openCapture, popupInSeoul, toolbarPopup } from '../journeys/reader';

const sample = loadSample();
let browser: ExtensionBrowser;

beforeAll(async () => {
  // The reader is in Seoul: the popup must convert 13:00 CET on 17 Nov 2020 to 21:00 there.
  browser = await launchWithExtension({ headless: true, timezone: 'Asia/Seoul' });
});

afterAll(async () => {
  await browser.close();
});

/** Whether the page was read: the page-source script's Performance marks in it. */
async function analysed(page: Page): Promise<boolean> {
  return page.evaluate(() => performance.getEntriesByName('event-lens:source:start').length > 0);
}

describe('Event Lens in Chromium', () => {
  it('loads, asking for storage, scripting, its block on private addresses, the hosts its content script runs on and two capture indexes, nothing more', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'declarativeNetRequestWithHostAccess']);
    const contentMatches: string[] = manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
    const hosts = (manifest.host_permissions ?? []) as string[];
    // Beyond the content script's hosts: the Internet Archive's CDX server and Perma.cc's TimeMaps, asked
    // for other captures of a page when the popup is open on it.
    expect([...hosts].sort()).toEqual(
      [...contentMatches, 'https://web.archive.org/cdx/*', 'https://perma.cc/*'].sort(),
    );
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    // Plain http only where an archive served it (README "Permissions"): the Icelandic archive's older host,
    // and UNESCO's own sites (their pattern is the content script's).
    expect(hosts.filter((h) => h.startsWith('http:')).sort()).toEqual([
      'http://*.unesco.org/*',
      'http://wayback.vefsafn.is/*',
    ]);
  });

  it('recognises the sample capture at its real address and says so on the badge', async () => {
    await serveCapture(browser.context, sample.url, sample.html);
    const page = await browser.context.newPage();
    // The page's own scripts listen for every message posted to the window: Event Lens must post none (a
    // message naming the extension would tell any page, and any tracker on it, that the reader uses it).
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
      window.addEventListener('message', (e) => seen.push(e.data));
    });
    await page.goto(sample.url);
    const tabId = await tabIdOf(browser, page);
    expect(await waitForBadge(browser, tabId)).toBe('EVT');
    expect(await analysed(page)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages)).toEqual([]);

    await badgeAndCard(chromiumUnderTest(browser), { ...chromiumPage(page), tabId });
    await popupInSeoul(chromiumUnderTest(browser), tabId);
    await page.close();
  });

  it('shows the event in the toolbar popup, opened for the active tab as a click on the icon would', async () => {
    const { tab } = await openCapture(chromiumUnderTest(browser));
    await toolbarPopup(chromiumUnderTest(browser), tab);
    await tab.close();
  });

  // The content script matches archive hosts and UNESCO's own sites only, and on archives does nothing past
  // the URL check unless the original is a UNESCO page. (document_idle has passed once `load` fired and the
  // page idled briefly.)
  it.each([
    ['a capture of a non-UNESCO page', 'https://web.archive.org/web/20200101000000/https://example.org/events/party'],
    ['a live page of another site', 'https://www.example.org/events/party'],
  ])('leaves %s alone: no badge, no analysis, nothing stored', async (_name, url) => {
    // The content script's Performance marks are visible to the page in Chromium only.
    await leavesAlone(chromiumUnderTest(browser), url, async (tab) => {
      expect(await tab.evaluate(() => performance.getEntriesByName('event-lens:source:start').length)).toBe(0);
    });
  });

  it('reads a live UNESCO page without an event, but gives it no badge', async () => {
    const url = 'https://en.unesco.org/about-us/introducing-unesco';
    await serveCapture(
      browser.context,
      url,
      '<html><body><main><h1>Introducing UNESCO</h1><p>UNESCO seeks to build peace through international cooperation in education, the sciences and culture.</p></main></body></html>',
    );
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, page);
    await expect.poll(() => analysed(page)).toBe(true);
    await page.waitForTimeout(300);
    expect(await badgeText(browser, tabId)).toBe('');
    const popup = await openPopupFor(browser, tabId);
    await expect.poll(() => popup.textContent('body')).toContain('No event on this page');
    await popup.close();
    await page.close();
  });

  it('leaves a live UNESCO front page unread as it loads, and reads it when the popup is opened on it', async () => {
    const url = 'https://www.unesco.org/fr';
    await serveCapture(
      browser.context,
      url,
      loadSample('home-under-events').html.replace(/<div id="wm-disclaim">[\s\S]*?<\/div>/, ''),
    );
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, page);
    await page.waitForTimeout(500);
    expect(await analysed(page)).toBe(false);
    expect(await badgeText(browser, tabId)).toBe('');
    const popup = await openPopupFor(browser, tabId);
    await expect.poll(() => popup.textContent('body')).toContain('No event on this page');
    expect(await popup.textContent('body')).toContain('front page');
    expect(await analysed(page)).toBe(true);
    expect(await badgeText(browser, tabId)).toBe('');
    await popup.close();
    await page.close();
  });
});
