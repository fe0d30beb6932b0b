import { describe, expect, it } from 'vitest';
import {
  FIREFOX_E2E_GRANTS_DIR,
  loadSample,
  openPopupFor,
  serveCapture,
  tabIdOf,
  waitFor,
  waitForBadge,
  type FirefoxWithExtension,
} from '../browsers/firefox';
import type { ProxyAnswer } from '../browsers/local-proxy';
import { firefoxUnderTest } from '../browsers/firefox-under-test';
import { addOwnArchive } from '../journeys/own-archive';
import { useFirefox } from './helpers';

// The build with any host granted up front (`wxt build -b firefox --mode e2e`): checking links and adding an
// archive ask the browser for host access, and Firefox asks the reader in a door-hanger prompt that a headless
// test cannot answer. With the access already granted the request resolves at once; the rest is the product.
const getFirefox = useFirefox({ extensionDir: FIREFOX_E2E_GRANTS_DIR, timezone: 'Europe/Paris' });
const ARCHIVE = 'https://webarchive.unesco.org/web/20201206072020/';
const ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

const page = (status: number, title: string): ProxyAnswer => ({
  status,
  body: `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
});
const redirect = (status: number, location: string): ProxyAnswer => ({ status, headers: { location } });

/** The live web the links point to, answered by the proxy. */
function serveLiveSites(ff: FirefoxWithExtension): void {
  ff.proxy.route(({ url }) => {
    const { host, pathname } = new URL(url);
    if (host === 'uil.unesco.org') return page(200, 'UIL page');
    if (host === 'live.example.org') return page(200, 'Annual report');
    if (host === 'gone.example.org') return page(404, 'Not Found');
    if (host === 'into-lan.example.org') return redirect(302, 'http://10.1.2.3/admin');
    if (host !== 'chain.example.org') return undefined;
    if (pathname === '/a') return redirect(301, '/b');
    if (pathname === '/b') return redirect(302, 'http://chain.example.org/final');
    return pathname === '/final' ? page(200, 'Final page') : page(404, 'Not here');
  });
  ff.proxy.route(({ url }) =>
    url.startsWith('https://web.archive.org/cdx/')
      ? { status: 200, contentType: 'application/json', body: '[]' }
      : undefined,
  );
}

describe('with host access granted, in Firefox', () => {
  // Not a shared journey: Chromium's (tests/e2e/link-check) answers real redirects from a local server its
  // host-resolver rules point at, and reads DNS failures and timeouts that the proxy here cannot produce alike;
  // this one asks a subset of the same links through the proxy.
  it('checks the links: live, gone, a redirect chain, and no request to a private address', async () => {
    const ff = getFirefox();
    const links = [
      ['https://live.example.org/report', 'Annual report'],
      ['https://gone.example.org/page', 'Gone page'],
      ['http://chain.example.org/a', 'Moved page'],
      ['http://192.168.1.1/admin', 'Router'],
      ['http://into-lan.example.org/', 'Into the LAN'],
    ];
    const sample = loadSample();
    const anchor = 'Programme download</a></p>';
    const extra = links.map(([url, text]) => `<p><a href="${ARCHIVE}${url}">${text}</a></p>`).join('\n');
    const url = sample.url.replace(/evaluation$/, 'evaluation-links');
    serveCapture(ff, url, sample.html.replace(anchor, `${anchor}\n${extra}`));
    serveLiveSites(ff);
    const capture = await ff.browser.newPage();
    await capture.goto(url);
    const tabId = await tabIdOf(ff, capture);
    expect(await waitForBadge(ff, tabId)).toBe('EVT');

    const popup = await openPopupFor(ff, tabId);
    await waitFor(popup, () => !!document.querySelector('[data-testid="check-links"]'));
    await popup.click('[data-testid="check-links"]');
    await waitFor(popup, () => !!document.querySelector('[data-testid="export-csv"]'), 30_000);
    const verdicts: Record<string, string> = Object.fromEntries(
      await popup.$$eval('[data-testid="link-results"] li', (items) =>
        items.map((li): [string, string] => [
          li.getAttribute('data-url') ?? '',
          li.querySelector('.verdict')?.textContent ?? '',
        ]),
      ),
    );
    expect(verdicts).toMatchObject({
      [`${ORIGINAL}-links`]: 'live',
      'https://live.example.org/report': 'live',
      'https://gone.example.org/page': 'gone',
      'http://chain.example.org/a': 'moved',
      'http://192.168.1.1/admin': 'not checked',
    });
    expect(verdicts['http://into-lan.example.org/']).not.toBe('live');
    expect(
      await popup.$eval('li[data-url="http://chain.example.org/a"] .moved-to a', (a) => a.getAttribute('href')),
    ).toBe('http://chain.example.org/final');
    const asked = ff.proxy.requests.map((r) => r.url);
    expect(asked.filter((u) => u.includes('192.168.1.1') || u.includes('10.1.2.3'))).toEqual([]);
    await popup.close();
    await capture.close();
  });

  it('adds the reader’s own archive on the settings page, then reads its captures and asks its index', async () => {
    await addOwnArchive(firefoxUnderTest(getFirefox()));
  });
});
