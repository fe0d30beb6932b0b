/**
 * The reader adds their own archive on the settings page, in both browsers (docs/testing.md, "One journey, two
 * browsers"). Run on the build with any host granted up front (`wxt build --mode e2e`): the browser's permission
 * prompt cannot be answered headless; with the access already granted the rest is the product's own.
 */
import { expect } from 'vitest';
import { byTestId, type BrowserUnderTest } from '../browsers/browser-under-test';
import { ownPywbCapture } from '../browsers/shared';
import { SAMPLE_ORIGINAL } from './reader';

/** Adds `http://localhost:8080`, then reads a capture there and asks that pywb's own index for other captures. */
export async function addOwnArchive(b: BrowserUnderTest): Promise<void> {
  const settings = await b.openExtensionPage('options.html');
  await settings.fill(byTestId('archive-host-input'), 'http://localhost:8080');
  await settings.clickText('Add');
  await expect
    .poll(() => settings.text('[role="status"]'), { timeout: 10_000 })
    .toBe('Added http://localhost:8080. Reload its pages for Event Lens to read them.');
  expect(await settings.text(byTestId('archive-hosts'))).toContain('http://localhost:8080');

  const { url: capture, html } = ownPywbCapture();
  const cdxRequests: string[] = [];
  const cdx = ['20201117093512', '20201206072020']
    .map((timestamp) =>
      JSON.stringify({
        urlkey: 'org,unesco,uil)/event',
        timestamp,
        url: SAMPLE_ORIGINAL,
        mime: 'text/html',
        status: '200',
      }),
    )
    .join('\n');
  await b.serve((url) => {
    if (url.startsWith('https://web.archive.org/cdx/search/cdx?')) {
      return { status: 200, contentType: 'application/json', body: '[]' };
    }
    if (!url.startsWith('http://localhost:8080/')) return undefined;
    if (url === capture) return { status: 200, body: html };
    if (!url.startsWith('http://localhost:8080/my-web/cdx?')) return { status: 404, body: '' };
    cdxRequests.push(url);
    return { status: 200, contentType: 'text/x-ndjson', body: `${cdx}\n` };
  });
  const tab = await b.openTab(capture);
  expect(await b.waitForBadge(tab.tabId)).toBe('EVT');
  const popup = await b.openPopupFor(tab.tabId);
  await popup.waitFor(byTestId('event-title'));
  expect(await popup.text(byTestId('capture-line'))).toContain('on localhost:8080');
  const own = byTestId('captures-pywb:localhost:8080');
  await popup.waitFor(`${own} .capture-count`);
  expect(await popup.text(`${own} .capture-count`)).toContain('localhost:8080: 2 captures');
  expect(cdxRequests[0]).toBe(
    `http://localhost:8080/my-web/cdx?url=${encodeURIComponent(SAMPLE_ORIGINAL)}&output=json&limit=10001`,
  );
  await popup.close();
  await tab.close();
  await settings.close();
}
