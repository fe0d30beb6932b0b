import { describe, expect, it } from 'vitest';
import { openPopupFor, sampleCaptureIndexes, serveCaptureIndexes, waitFor } from '../browsers/firefox';
import { firefoxUnderTest } from '../browsers/firefox-under-test';
import { leavesAlone } from '../journeys/quiet';
import { openCaptureTab, useFirefox } from './helpers';

// A browser of its own: the privacy check must come before any popup has asked anything. Not a shared journey:
// Chromium sees the extension's requests as its service worker's (tests/e2e/privacy), Firefox only as whatever
// reaches the proxy, which must be told apart from the page's own and Firefox's.
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
    const url = 'https://arquivo.pt/noFrame/replay/20200101000000mp_/https://www.publico.pt/eventos/concerto';
    await leavesAlone(firefoxUnderTest(getFirefox()), url);
  });
});
