import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor, stopServiceWorker } from '../browsers/chromium';
import { fulfilHtml, openCaptureWithLinks, useLinkCheckBrowser, type Seen } from './link-check-harness';

const { browser: getBrowser } = useLinkCheckBrowser();

// Each link's verdict, the politeness rules, a check cut short. What must never be asked or believed is in
// link-check-safety.e2e.test.ts; why this is not a shared journey, in link-check-harness.ts.
describe('checking the links, with the live web faked', () => {
  it('gives each link an honest verdict, asks nothing it must not, and exports the results', async () => {
    const browser = getBrowser();
    const seen: Seen = [];
    const { context } = browser;
    const record = (route: Route) => seen.push({ method: route.request().method(), url: route.request().url() });
    const { page, tabId } = await openCaptureWithLinks(
      browser,
      [
        { url: 'https://live.example.org/report', text: 'Annual report' },
        { url: 'https://nohead.example.org/doc.pdf', text: 'Concept note' },
        { url: 'http://chain.example.org/a', text: 'Moved page' },
        { url: 'http://soft.example.org/events/old-event', text: 'Old event page' },
        { url: 'https://gone.example.org/page', text: 'Gone page' },
        { url: 'https://busy.example.com/page', text: 'Busy site' },
        { url: 'https://nxdomain.example.org/', text: 'Vanished site' },
        { url: 'https://hang.example.org/slow', text: 'Hanging server' },
        { url: 'http://192.168.1.1/admin', text: 'Router' },
      ],
      'links',
    );
    await context.route('https://uil.unesco.org/**', (route) => (record(route), fulfilHtml(route, 200, 'UIL page')));
    await context.route(
      'https://live.example.org/**',
      (route) => (record(route), fulfilHtml(route, 200, 'Annual report')),
    );
    await context.route('https://nohead.example.org/**', (route) => {
      record(route);
      return route.request().method() === 'HEAD'
        ? route.fulfill({ status: 405 })
        : route.fulfill({ status: 200, contentType: 'application/pdf', body: '%PDF-1.4' });
    });
    await context.route('https://gone.example.org/**', (route) => (record(route), fulfilHtml(route, 404, 'Not Found')));
    await context.route(
      'https://busy.example.com/**',
      (route) => (record(route), route.fulfill({ status: 429, headers: { 'retry-after': '120' } })),
    );
    await context.route('https://nxdomain.example.org/**', (route) => (record(route), route.abort('namenotresolved')));
    await context.route('https://hang.example.org/**', (route) => void record(route)); // never answers
    await context.route('http://192.168.1.1/**', (route) => (record(route), route.abort()));
    await context.route('https://zoom.us/**', (route) => (record(route), fulfilHtml(route, 200, 'Zoom')));
    // The Internet Archive has a capture of the gone page; nothing else.
    await context.route('https://web.archive.org/cdx/search/cdx?**', (route) => {
      record(route);
      const asked = new URL(route.request().url()).searchParams.get('url') ?? '';
      const body = asked.includes('gone.example.org')
        ? `[["timestamp","original","statuscode","mimetype"],\n["20201101000000","${asked}","200","text/html"]]\n`
        : '[]';
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });

    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('check-links').click();
    const progress = popup.getByTestId('link-check-progress');
    await progress.waitFor();
    await expect.poll(() => progress.textContent()).toMatch(/Checked [1-9]\d* of 13…/);
    await popup.getByTestId('export-csv').waitFor({ timeout: 30_000 });

    const verdicts: Record<string, string> = Object.fromEntries(
      await popup
        .getByTestId('link-results')
        .locator('li')
        .evaluateAll((items) =>
          items.map((li): [string, string] => [
            li.getAttribute('data-url') ?? '',
            li.querySelector('.verdict')?.textContent ?? '',
          ]),
        ),
    );
    expect(verdicts).toMatchObject({
      'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation-links':
        'live',
      'https://live.example.org/report': 'live',
      'https://nohead.example.org/doc.pdf': 'live',
      'http://chain.example.org/a': 'moved',
      'http://soft.example.org/events/old-event': 'missing (soft 404)',
      'https://gone.example.org/page': 'gone',
      'https://busy.example.com/page': 'can’t tell',
      'https://hang.example.org/slow': 'unreachable',
      'http://192.168.1.1/admin': 'not checked',
      'https://zoom.us/meeting/register/tJIvce-uqT0pHNT2KJjq94ZM0cGcr-6unZni': 'expired',
    });
    // A name that no longer resolves is gone: the browser says so through webRequest.
    expect(verdicts['https://nxdomain.example.org/']).toBe('gone');
    expect(await popup.getByTestId('link-summary').textContent()).toMatch(
      /^\d+ live, 1 moved, 1 missing \(soft 404\), \d gone/,
    );

    const chain = popup.locator('li[data-url="http://chain.example.org/a"]');
    expect(await chain.locator('.moved-to a').getAttribute('href')).toBe('http://chain.example.org/final');
    await chain.locator('summary').click();
    expect(await chain.locator('.evidence').textContent()).toContain('Requests: HEAD 200 → GET 200');
    const gone = popup.locator('li[data-url="https://gone.example.org/page"]');
    expect(await gone.getByTestId('archived-copy').getAttribute('href')).toBe(
      'https://web.archive.org/web/20201101000000/https://gone.example.org/page',
    );
    // No request ever went to the private address, the meeting link or the Internet Archive's pages.
    expect(seen.filter((s) => s.url.includes('192.168.1.1'))).toEqual([]);
    expect(seen.filter((s) => s.url.includes('zoom.us'))).toEqual([]);
    // Asked once each, the redirect chain with HEAD then GET (a redirect is read to see where it lands).
    expect(seen.filter((s) => s.url.startsWith('https://gone.')).map((s) => s.method)).toEqual(['HEAD', 'GET']);
    // A refused HEAD was followed by one GET; the busy host was asked once.
    expect(seen.filter((s) => s.url.startsWith('https://nohead.')).map((s) => s.method)).toEqual(['HEAD', 'GET']);
    expect(seen.filter((s) => s.url.startsWith('https://busy.'))).toHaveLength(1);

    // The results are readable by everyone: no serious accessibility violations (axe), light theme.
    const axe = await new AxeBuilder({ page: popup }).include('[data-testid="link-check"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe('url,label,verdict,reason,http,final_url,title,archived_copy,checked_at');
    expect(csv.find((l) => l.startsWith('https://gone.example.org/page,'))).toContain(
      ',gone,not-found,HEAD 404 > GET 404,',
    );
    await popup.close();
    await page.close();
  });

  it('300 links on 60 hosts of 20 sites: at most 2 at a time to a site, and every one answered', async () => {
    const browser = getBrowser();
    // Three host names on each site (`d0.site7.org`, `d1.site7.org`…): politeness goes by site (issue 19, item 7).
    const links = Array.from({ length: 300 }, (_, i) => ({
      url: `https://d${i % 3}.site${i % 20}.org/doc-${i}.pdf`,
      text: `Document ${i}`,
    }));
    const active = new Map<string, number>();
    let peakPerSite = 0;
    let peak = 0;
    let total = 0;
    let requests = 0;
    await browser.context.route(/^https:\/\/d\d\.site\d+\.org\//, async (route) => {
      const site = new URL(route.request().url()).hostname.split('.').slice(1).join('.');
      active.set(site, (active.get(site) ?? 0) + 1);
      total++;
      requests++;
      peakPerSite = Math.max(peakPerSite, active.get(site) ?? 0);
      peak = Math.max(peak, total);
      await new Promise((r) => setTimeout(r, 50));
      active.set(site, (active.get(site) ?? 1) - 1);
      total--;
      if (new URL(route.request().url()).pathname.startsWith('/event-lens-')) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: 'application/pdf', body: '%PDF' });
    });
    await browser.context.route('https://uil.unesco.org/**', (route) => fulfilHtml(route, 200, 'UIL page'));
    const { page, tabId } = await openCaptureWithLinks(browser, links, 'many');
    const popup = await openPopupFor(browser, tabId);
    const started = Date.now();
    await popup.getByTestId('check-links').click();
    await popup.getByTestId('export-csv').waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`300 links on 20 sites checked in ${seconds.toFixed(1)} s (${requests} requests)`);
    expect(peakPerSite).toBeLessThanOrEqual(2);
    expect(peak).toBeLessThanOrEqual(6);
    expect(requests).toBe(300);
    expect(await popup.getByTestId('link-results').locator('li').count()).toBeGreaterThanOrEqual(301);
    expect(await popup.getByTestId('link-summary').textContent()).toMatch(/^30\d live/);
    await popup.close();
    await page.close();
    // The politeness rules alone take 7 s; the browser's routing of 300 answers takes 40 s on a quiet 2-core
    // machine and over 100 s on a busy one. Not a timing assertion: room to finish.
  }, 240_000);

  it('a check cut short by the background worker stopping says so, keeps its answers, and finishes on a new check', async () => {
    const browser = getBrowser();
    let hang = true;
    const asked: string[] = [];
    await browser.context.route(/^https:\/\/(fast|slow)\.example\.com\//, async (route) => {
      asked.push(`${route.request().method()} ${route.request().url()}`);
      if (hang && route.request().url().startsWith('https://slow.')) return; // never answers
      await route.fulfill({ status: 200, contentType: 'application/pdf', body: '%PDF' });
    });
    await browser.context.route('https://uil.unesco.org/**', (route) => fulfilHtml(route, 200, 'UIL page'));
    const { page, tabId } = await openCaptureWithLinks(
      browser,
      [
        { url: 'https://fast.example.com/a.pdf', text: 'Fast A' },
        { url: 'https://slow.example.com/b.pdf', text: 'Slow B' },
      ],
      'interrupted',
    );
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('check-links').click();
    await expect.poll(() => asked.some((a) => a.includes('slow.example.com'))).toBe(true);
    await stopServiceWorker(browser);
    await popup.getByTestId('link-check-interrupted').waitFor();
    expect(await popup.getByTestId('link-results').locator('li').count()).toBeGreaterThanOrEqual(1);

    hang = false;
    const before = asked.filter((a) => a.includes('fast.example.com')).length;
    await popup.getByTestId('check-links').click();
    await popup.getByTestId('export-csv').waitFor({ timeout: 30_000 });
    const verdicts = await popup.getByTestId('link-results').locator('li .verdict').allTextContents();
    expect(verdicts.filter((v) => v === 'live').length).toBeGreaterThanOrEqual(3);
    // What the first check had answered came from the cache: the fast host was not asked again.
    expect(asked.filter((a) => a.includes('fast.example.com')).length).toBe(before);
    await popup.close();
    await page.close();
  });
});
