import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSample, openPopupFor, serveCapture, tabIdOf, waitForBadge } from '../browsers/chromium';
import { storedRecord, useExtensionBrowser } from './helpers';

/**
 * Issue 19, items 2 and 4: what a hostile page can make of a capture, in the browser. An archived page whose
 * script rewrites its own address to a UNESCO event's, and a site that frames a capture out of sight.
 */
const getBrowser = useExtensionBrowser();

const TITLE = 'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation';
const ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';
/** A capture of another site on the Internet Archive: what an attacker can have archived. */
const EVIL_CAPTURE = 'https://web.archive.org/web/20201206072020/https://evil.example/page';
const SPOOFED = '/web/20201206072020/https://uil.unesco.org/event/spoofed';

/** The sample's text (a UNESCO event's) with a script in its head. */
function withScript(script: string): string {
  return loadSample('seed').html.replace('<head>', `<head><script>${script}</script>`);
}

async function open(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await getBrowser().context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(getBrowser(), page) };
}

describe('a page that rewrites its own address (history.pushState)', () => {
  it('is read as the address it was loaded from: not a UNESCO event, however it presents itself', async () => {
    const browser = getBrowser();
    await serveCapture(browser.context, EVIL_CAPTURE, withScript(`history.pushState(null, '', '${SPOOFED}');`));
    const { page, tabId } = await open(EVIL_CAPTURE);
    expect(await page.evaluate(() => location.pathname)).toBe(SPOOFED);
    expect(await waitForBadge(browser, tabId)).toBe('');
    const record = await storedRecord(getBrowser(), tabId);
    expect(record?.page).toMatchObject({
      url: EVIL_CAPTURE,
      originalUrl: 'https://evil.example/page',
      isUnesco: false,
    });
    expect(record?.event).toBeNull();
    expect(record?.page.warnings.map((w) => w.text).join(' ')).toContain('The page changed its own address');

    const popup = await openPopupFor(browser, tabId);
    await popup.locator('main').waitFor();
    await expect.poll(() => popup.locator('body').textContent()).toContain('evil.example');
    expect(await popup.locator('body').textContent()).not.toContain(TITLE);
    await popup.close();
    await page.close();
  });

  it('is not read as UNESCO by the popup either, when the address moves after the page loaded', async () => {
    const browser = getBrowser();
    const later = EVIL_CAPTURE.replace('/page', '/later');
    await serveCapture(
      browser.context,
      later,
      withScript(`setTimeout(() => history.pushState(null, '', '${SPOOFED}'), 300);`),
    );
    const { page, tabId } = await open(later);
    await page.waitForFunction((spoofed) => location.pathname === spoofed, SPOOFED);
    // The popup reads the tab on demand (page:read): from each frame's loaded address.
    const popup = await openPopupFor(browser, tabId);
    await expect.poll(() => popup.locator('body').textContent()).toContain('Not an archived UNESCO page');
    const record = await storedRecord(getBrowser(), tabId);
    expect(record === null || (!record.page.isUnesco && record.event === null)).toBe(true);
    expect(await popup.locator('body').textContent()).not.toContain(TITLE);
    await popup.close();
    await page.close();
  });

  it('a real capture that moves its address keeps its own, says so, and is still read', async () => {
    const browser = getBrowser();
    const sample = loadSample('seed');
    const url = sample.url.replace(/evaluation$/, 'evaluation-moving');
    await serveCapture(browser.context, url, withScript(`history.replaceState(null, '', location.pathname + '?p=2');`));
    const { page, tabId } = await open(url);
    expect(await waitForBadge(browser, tabId)).toBe('EVT');
    const record = await storedRecord(getBrowser(), tabId);
    expect(record?.page.url).toBe(url);
    expect(record?.event?.title).toBe(TITLE);
    expect(record?.page.warnings.map((w) => w.text).join(' ')).toContain('The page changed its own address');
    await page.close();
  });
});

describe('a capture framed by another site', () => {
  const UKWA = 'https://www.webarchive.org.uk/wayback/archive';
  const frameUrl = `${UKWA}/20201206072020mp_/${ORIGINAL}`;
  const content = loadSample('seed').html.replace(
    /https:\/\/webarchive\.unesco\.org\/web\/20201206072020/g,
    '/wayback/archive/20201206072020mp_',
  );
  const contentFrame = (page: Page): Frame | undefined => page.frames().find((f) => f.url() === frameUrl);

  it('gets no card, no reading and no badge; inside the archive’s own replay page it does', async () => {
    const browser = getBrowser();
    const top = `${UKWA}/20201206072020/${ORIGINAL}`;
    const frameHost = `<!DOCTYPE html><html><body><nav class="wb-banner">UK Web Archive</nav>
      <div id="wb_iframe_div"><iframe id="replay_iframe" src="${frameUrl}" style="width:100%;height:800px"></iframe></div></body></html>`;
    await browser.context.route(/^https:\/\/www\.webarchive\.org\.uk\//, (route) => {
      const requested = route.request().url();
      if (requested === top) return route.fulfill({ contentType: 'text/html', body: frameHost });
      if (requested === frameUrl) return route.fulfill({ contentType: 'text/html', body: content });
      return route.fulfill({ status: 404, body: '' });
    });
    // A clickjacking page: the capture nearly invisible, over the page's own bait.
    await browser.context.route('https://evil.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!DOCTYPE html><html><body><button>Win a prize</button>
          <iframe src="${frameUrl}" style="opacity:0.01;position:absolute;top:0;left:0;width:100%;height:900px"></iframe>
          </body></html>`,
      }),
    );

    const evil = await open('https://evil.example/');
    await evil.page.waitForFunction(
      (url) => [...document.querySelectorAll('iframe')].some((f) => f.src === url),
      frameUrl,
    );
    await contentFrame(evil.page)?.waitForLoadState('load');

    // The control: the same capture in the archive's replay page is read and carded.
    const own = await open(top);
    expect(await waitForBadge(browser, own.tabId)).toBe('EVT');
    await contentFrame(own.page)?.locator('event-lens-card').waitFor({ state: 'attached' });

    // By then the framed copy's offer has long been answered: refused.
    expect(await waitForBadge(browser, evil.tabId, 1_000)).toBe('');
    expect(await storedRecord(getBrowser(), evil.tabId)).toBeNull();
    expect(await contentFrame(evil.page)?.locator('event-lens-card').count()).toBe(0);
    const analysed = await contentFrame(evil.page)?.evaluate(
      () => performance.getEntriesByName('event-lens:source:start').length,
    );
    expect(analysed).toBe(0);
    await evil.page.close();
    await own.page.close();
  });
});
