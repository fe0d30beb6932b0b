import { describe, expect, it } from 'vitest';
import {
  badgeText,
  openPopupFor,
  readStorage,
  sampleCaptureIndexes,
  serveCapture,
  serveCaptureIndexes,
  tabIdOf,
  waitFor,
  waitForBadge,
} from '../browsers/firefox';
import { openCaptureTab, textOf, useFirefox } from './helpers';

// A browser of its own: the privacy check must come before any popup has asked anything.
const getFirefox = useFirefox();

/** The hosts and paths README "Permissions, and what goes over the network" names for the popup's queries. */
const DOCUMENTED = [
  /^https:\/\/web\.archive\.org\/cdx\/search\/cdx\?/,
  /^https:\/\/webarchive\.unesco\.org\/web\/timemap\//,
];
/** Firefox's own housekeeping (updates, remote settings, certificate checks), which the extension cannot cause. */
const FIREFOX_ITSELF = /^https?:\/\/([^/]+\.)?(mozilla\.(org|com|net)|firefox\.com|mozaws\.net|digicert\.com)(:\d+)?\//;

describe('what leaves the browser, and what stays silent', () => {
  it('nothing from the extension while the reader browses; with the popup open, only the documented indexes', async () => {
    const ff = getFirefox();
    serveCaptureIndexes(ff, sampleCaptureIndexes());
    const { page, tabId, badge, sample } = await openCaptureTab(ff);
    expect(badge).toBe('EVT');
    await page.waitForSelector('event-lens-card', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Every request but the page's own and Firefox's: the proxy sees all of them, whoever sent them.
    const others = () =>
      ff.proxy.requests.map((r) => r.url).filter((url) => !url.startsWith(sample.url) && !FIREFOX_ITSELF.test(url));
    // What is left is what the page itself asks: resources its HTML names.
    const pageOwn = others();
    expect(pageOwn.filter((url) => !sample.html.includes(new URL(url).pathname))).toEqual([]);

    const popup = await openPopupFor(ff, tabId);
    await waitFor(popup, () => !!document.querySelector('[data-testid="captures-internet-archive"] .capture-count'));
    const sent = others().filter((url) => !pageOwn.includes(url));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((url) => !DOCUMENTED.some((re) => re.test(url)))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a capture of a page that is not UNESCO’s: no badge, no card, nothing kept', async () => {
    const ff = getFirefox();
    const url = 'https://arquivo.pt/noFrame/replay/20200101000000mp_/https://www.publico.pt/eventos/concerto';
    serveCapture(ff, url, '<html><body><h1>Concerto</h1><p>Date: 17 November 2020</p></body></html>');
    const page = await ff.browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ff, page);
    expect(await waitForBadge(ff, tabId, 3_000)).toBe('');
    expect(await readStorage(ff, 'session', `tab-record:${tabId}`)).toBeUndefined();
    expect(await page.$('event-lens-card')).toBeNull();
    await page.close();
  });

  it('says "busy, retry in N s" after a 429 and does not ask again before then', async () => {
    const ff = getFirefox();
    const { page, tabId } = await openCaptureTab(ff, 'wayback-drupal-template-a');
    const { requests } = serveCaptureIndexes(ff, {
      internetArchive: { status: 429, body: 'Too Many Requests', headers: { 'retry-after': '120' } },
    });
    for (let opened = 0; opened < 2; opened++) {
      const popup = await openPopupFor(ff, tabId);
      await waitFor(popup, () => !!document.querySelector('[data-testid="captures-internet-archive"] .capture-error'));
      expect(await textOf(popup, 'captures-internet-archive')).toMatch(
        /^Internet Archive is busy; retry in 1(19|20) s\.$/,
      );
      await popup.close();
    }
    expect(requests.internetArchive).toHaveLength(1);
    expect(await badgeText(ff, tabId)).toBe('EVT');
    await page.close();
  });
});
