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
import { storedRecord } from './helpers';
import { captureTimeIn } from './intl-expected';

const TITLE = 'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation';
const ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true, timezone: 'Europe/Paris' });
});

afterAll(async () => {
  await browser.close();
});

/** Opens `url` in a new tab and waits for the extension's verdict (the badge, or a quiet moment). */
async function visit(url: string): Promise<{ page: Page; tabId: number; badge: string }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(browser, page);
  const badge = await waitForBadge(browser, tabId, 3_000);
  return { page, tabId, badge };
}

async function popupText(tabId: number): Promise<string> {
  const popup = await openPopupFor(browser, tabId);
  await expect.poll(() => popup.locator('main, .notice').count()).toBeGreaterThan(0);
  // The popup has a page that was not read as it loaded (a front page, an index) read now.
  await expect.poll(async () => (await popup.textContent('body')) ?? '').not.toContain('Reading this page');
  const text = (await popup.textContent('body')) ?? '';
  await popup.close();
  return text;
}

describe('captures in every kind of archive', () => {
  it('the Internet Archive, with its toolbar and root-relative links', async () => {
    const wayback = loadSample('seed-wayback');
    await serveCapture(browser.context, wayback.url, wayback.html);
    const { page, tabId, badge } = await visit(wayback.url);
    expect(badge).toBe('EVT');
    const record = await storedRecord(browser, tabId);
    expect(record?.page).toMatchObject({
      originalUrl: ORIGINAL,
      archive: { id: 'internet-archive' },
      capturedAt: '2020-11-17T09:30:12Z',
    });
    expect(record?.event?.links.find((l) => l.kind === 'registration')).toMatchObject({
      url: 'https://zoom.us/meeting/register/tJIvce-uqT0pHNT2KJjq94ZM0cGcr-6unZni',
      archivedUrl:
        'https://web.archive.org/web/20201117093012/https://zoom.us/meeting/register/tJIvce-uqT0pHNT2KJjq94ZM0cGcr-6unZni',
    });
    const captured = await captureTimeIn(page, '2020-11-17T09:30:12Z');
    expect(await popupText(tabId)).toContain(`Captured ${captured} on Internet Archive`);
    await page.close();
  });

  it('Archive-It, with the collection from the address and the banner', async () => {
    const url = `https://wayback.archive-it.org/11915/20201206072020/${ORIGINAL}`;
    await serveCapture(browser.context, url, loadSample().html);
    const { page, tabId, badge } = await visit(url);
    expect(badge).toBe('EVT');
    const record = await storedRecord(browser, tabId);
    expect(record?.page.archive).toEqual({
      id: 'archive-it',
      name: 'Archive-It',
      collection: { id: '11915', name: 'UNESCO' },
    });
    expect(record?.event?.title).toBe(TITLE);
    await page.close();
  });

  it('a framed pywb archive: read inside the content frame, reported once for the tab', async () => {
    const top = `https://www.webarchive.org.uk/wayback/archive/20201206072020/${ORIGINAL}`;
    const frame = `https://www.webarchive.org.uk/wayback/archive/20201206072020mp_/${ORIGINAL}`;
    const content = loadSample()
      .html.replace(/https:\/\/webarchive\.unesco\.org\/web\/20201206072020/g, '/wayback/archive/20201206072020mp_')
      .replace(/<div id="wm-disclaim">[\s\S]*?<div id="skip-link">/, '<div id="skip-link">')
      .replace(
        '<head>',
        '<head>\n<!-- WB Insert -->\n<script>wbinfo = {};\nwbinfo.url = "' +
          ORIGINAL +
          '";\nwbinfo.timestamp = "20201206072020";\nwbinfo.is_framed = true;\n</script>\n<!-- End WB Insert -->',
      );
    const frameInsert = `<!DOCTYPE html><html><head><title>UK Web Archive</title></head><body>
      <div id="app"><nav class="wb-banner">UK Web Archive · Archived 6 December 2020</nav></div>
      <div id="wb_iframe_div"><iframe id="replay_iframe" class="wb_iframe" name="___wb_replay_top_frame" src="${frame}" style="width:100%;height:800px"></iframe></div>
      </body></html>`;
    await browser.context.route(/^https:\/\/www\.webarchive\.org\.uk\//, (route) => {
      const requested = route.request().url();
      if (requested === top) return route.fulfill({ contentType: 'text/html', body: frameInsert });
      if (requested === frame) return route.fulfill({ contentType: 'text/html', body: content });
      return route.fulfill({ status: 404, body: '' });
    });
    const { page, tabId, badge } = await visit(top);
    expect(badge).toBe('EVT');
    const record = await storedRecord(browser, tabId);
    expect(record?.page).toMatchObject({
      url: frame,
      originalUrl: ORIGINAL,
      archive: { id: 'ukwa' },
      capturedAt: '2020-12-06T07:20:20Z',
      capturedAtSource: 'wbinfo',
    });
    const marks = await Promise.all(
      page.frames().map((f) => f.evaluate(() => performance.getEntriesByName('event-lens:source:start').length)),
    );
    expect(marks.reduce((a, b) => a + b, 0)).toBe(1);
    await page.close();
  });

  it('a live UNESCO event page', async () => {
    const live = loadSample('live-en-unesco-template-b');
    await serveCapture(browser.context, live.url, live.html);
    const { page, tabId, badge } = await visit(live.url);
    expect(badge).toBe('EVT');
    const record = await storedRecord(browser, tabId);
    expect(record?.page.archive).toBeNull();
    expect(record?.event).toMatchObject({
      start: { iso: '2020-01-24T13:45:00+01:00' },
      end: { iso: '2020-01-24T19:00:00+01:00' },
    });
    const text = await popupText(tabId);
    expect(text).toContain('Celebration of International Day of Education at UNESCO Headquarters');
    expect(text).toContain('In person');
    await page.close();
  });

  it('a UNESCO home page captured under /events/: an archived UNESCO page, but no event', async () => {
    const home = loadSample('home-under-events');
    await serveCapture(browser.context, home.url, home.html);
    const { page, tabId, badge } = await visit(home.url);
    // Badged from its address; an index is not read as it loads (its markup was never asked for)...
    expect(badge).toBe('ARC');
    expect(await browser.serviceWorker.evaluate(`chrome.action.getTitle({ tabId: ${tabId} })`)).toBe(
      'Event Lens: archived UNESCO page (UNESCO Web Archive)',
    );
    expect(await storedRecord(browser, tabId)).toBeNull();
    expect(await page.evaluate(() => performance.getEntriesByName('event-lens:source:start').length)).toBe(0);
    // ...but when the popup is opened on it.
    const text = await popupText(tabId);
    expect(text).toContain('No event on this page');
    expect(text).toContain('front page');
    const captured = await captureTimeIn(page, '2018-12-15T11:02:00Z');
    expect(text).toContain(`Captured ${captured} on UNESCO Web Archive (UNESCO collection)`);
    expect((await storedRecord(browser, tabId))?.noEvent?.code).toBe('not-an-event-page');
    expect(await badgeText(browser, tabId)).toBe('ARC');
    await page.close();
  });

  it('an event’s address whose capture is the site’s front page: read when the popup opens, not before', async () => {
    const home = loadSample('home-under-events');
    const url = home.url.replace('/events/', '/events/world-radio-day-2019');
    await serveCapture(browser.context, url, home.html);
    const { page, tabId, badge } = await visit(url);
    expect(badge).toBe('ARC');
    expect(await storedRecord(browser, tabId)).toBeNull();
    expect(await popupText(tabId)).toContain('front page');
    await page.close();
  });

  it('a framed pywb capture of a front page: the popup has its content frame read, not the frame host', async () => {
    const base = 'https://www.webarchive.org.uk/wayback/archive/20181215110241';
    const frame = `${base}mp_/https://en.unesco.org/`;
    const frameInsert = `<!DOCTYPE html><html><body><nav class="wb-banner">UK Web Archive</nav>
      <div id="wb_iframe_div"><iframe id="replay_iframe" src="${frame}"></iframe></div></body></html>`;
    await browser.context.route(/^https:\/\/www\.webarchive\.org\.uk\//, (route) => {
      const requested = route.request().url();
      if (requested === `${base}/https://en.unesco.org/`)
        return route.fulfill({ contentType: 'text/html', body: frameInsert });
      if (requested === frame)
        return route.fulfill({ contentType: 'text/html', body: loadSample('home-under-events').html });
      return route.fulfill({ status: 404, body: '' });
    });
    const { page, tabId, badge } = await visit(`${base}/https://en.unesco.org/`);
    expect(badge).toBe('ARC');
    expect(await storedRecord(browser, tabId)).toBeNull();
    expect(await popupText(tabId)).toContain('front page');
    expect((await storedRecord(browser, tabId))?.page).toMatchObject({ url: frame, archive: { id: 'ukwa' } });
    await page.close();
  });

  it('a capture of a page that is not UNESCO’s: nothing', async () => {
    const url = 'https://arquivo.pt/noFrame/replay/20200101000000mp_/https://www.publico.pt/eventos/concerto';
    await serveCapture(
      browser.context,
      url,
      '<html><body><h1>Concerto</h1><p>Date: 17 November 2020</p></body></html>',
    );
    const { page, tabId } = await visit(url);
    expect(await badgeText(browser, tabId)).toBe('');
    expect(await storedRecord(browser, tabId)).toBeNull();
    await page.close();
  });

  it('archive.today: a short address, the original and the date read from the page', async () => {
    const url = 'https://archive.ph/AbCd1';
    const body = loadSample()
      .html.replace(/<div id="wm-disclaim">[\s\S]*?<div id="skip-link">/, '<div id="skip-link">')
      .replace(/https:\/\/webarchive\.unesco\.org\/web\/20201206072020\//g, 'https://archive.ph/o/AbCd1/');
    const header = `<div id="HEADER">archive.today webpage capture · Saved from <input name="q" value="${ORIGINAL}">
      <input id="SHARE_LONGLINK" value="https://archive.ph/2020.12.06-072020/${ORIGINAL}"> · 6 Dec 2020 07:20:20 UTC</div><div id="CONTENT">`;
    await serveCapture(
      browser.context,
      url,
      body
        .replace('<body class="html', `<body><!--x-->${header}<div class="html`)
        .replace('</body>', '</div></div></body>'),
    );
    const { page, tabId, badge } = await visit(url);
    expect(badge).toBe('EVT');
    const record = await storedRecord(browser, tabId);
    expect(record?.page).toMatchObject({
      originalUrl: ORIGINAL,
      archive: { id: 'archive-today' },
      captureTimestamp: '20201206072020',
      capturedAt: '2020-12-06T07:20:20Z',
    });
    expect(record?.event?.links.find((l) => l.kind === 'registration')?.archivedUrl).toMatch(
      /^https:\/\/archive\.ph\/o\/AbCd1\//,
    );
    await page.close();
  });
});
