import { describe, expect, it } from 'vitest';
import { loadSample, serveCapture, tabIdOf, waitForBadge } from '../browsers/chromium';
import { inCardWorld, storePageCheck, useExtensionBrowser } from './helpers';
import { dayAndClockIn, dayIn } from './intl-expected';

const getBrowser = useExtensionBrowser({ timezone: 'Asia/Seoul' });
/** The sample capture's original address: what its record, saved events and link checks are kept under. */
const ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

/** The sample capture with a stylesheet that tries to restyle and hide everything, and a script that pries. */
const HOSTILE = `<style>
* { color: red !important; font-size: 40px !important; font-family: serif !important; }
event-lens-card, event-lens-note, [class*="event"] { display: none !important; opacity: 0 !important; }
html > *:last-child { transform: scale(0) !important; }
</style>
<script>
document.addEventListener('DOMContentLoaded', () => { window.__before = document.body.innerHTML; });
</script>`;

describe('the card on the archived page', () => {
  it('shows the event in the reader’s time, untouched by a hostile stylesheet, without moving the page', async () => {
    const browser = getBrowser();
    const sample = loadSample('seed');
    await serveCapture(browser.context, sample.url, sample.html.replace('</head>', `${HOSTILE}</head>`));
    const page = await browser.context.newPage();
    await page.goto(sample.url);
    const tabId = await tabIdOf(browser, page);
    expect(await waitForBadge(browser, tabId)).toBe('EVT');
    await page.locator('event-lens-card').waitFor({ state: 'attached' });

    const box = await page.locator('event-lens-card').boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(60);
    const text = await inCardWorld<string>(
      browser,
      tabId,
      "return globalThis.__eventLensCardRoot?.querySelector('aside')?.textContent",
    );
    expect(text).toContain('UNESCO learning cities’ meeting');
    // The same facts as the popup: how one attends, the date once, the time in the reader's zone and the event's,
    // the page's notes, and the same calendar choices.
    expect(text).toContain('Online');
    expect(text).toContain(await dayIn(page, '2020-11-17'));
    expect(text).toContain('Your time (Seoul)9:00 PM–10:30 PMUTC+9');
    expect(text).toContain('Paris1:00 PM–2:30 PMUTC+1');
    expect(text).toContain('describes an online event');
    const buttons = await inCardWorld<string[]>(
      browser,
      tabId,
      "return [...globalThis.__eventLensCardRoot.querySelectorAll('.actions .button')].map((b) => b.textContent)",
    );
    expect(buttons).toEqual(['Download .ics', 'Google', 'Outlook', 'Save event']);
    // The page's script cannot reach into the card, and the page's own content is as it was.
    expect(await page.evaluate(() => document.querySelector('event-lens-card')?.shadowRoot ?? null)).toBeNull();
    expect(
      await page.evaluate(() => document.body.innerHTML === (window as unknown as { __before: string }).__before),
    ).toBe(true);
    // The card's own text keeps its own style.
    const fontSize = await inCardWorld<string>(
      browser,
      tabId,
      "return getComputedStyle(globalThis.__eventLensCardRoot.querySelector('.title')).fontSize",
    );
    expect(fontSize).toBe('14px');

    // The converted time sits under the page's own time (tests/e2e/card-overlays.e2e.test.ts: where exactly).
    expect(
      await inCardWorld<string>(
        browser,
        tabId,
        "return globalThis.__eventLensOverlayRoot?.querySelector('.note')?.textContent",
      ),
    ).toBe(`${await dayAndClockIn(page, '2020-11-17T12:00:00Z', 'Asia/Seoul')}–10:30 PM your time`);

    // After a link check, its verdicts mark the page's links, inside the card's closed root.
    const programme =
      'https://uil.unesco.org/fileadmin/keydocuments/LifelongLearning/learning-cities/en/gnlc-cluster-meeting-educational-planning-programme.pdf';
    await storePageCheck(browser, ORIGINAL, [
      { url: programme, verdict: 'gone', archivedUrl: `https://web.archive.org/web/20201206072020/${programme}` },
    ]);
    await expect
      .poll(() =>
        inCardWorld<number>(
          browser,
          tabId,
          "return globalThis.__eventLensOverlayRoot.querySelectorAll('.mark').length",
        ),
      )
      .toBe(1);

    // Saved from the card: the same library as the popup's.
    await inCardWorld(
      browser,
      tabId,
      "globalThis.__eventLensCardRoot.querySelector('[data-testid=card-save]').click()",
    );
    await expect
      .poll(async () => {
        const stored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get('saved-events'));
        return (stored['saved-events'] as { events: { record: { page: { site: string } } }[] } | undefined)?.events.map(
          (e) => e.record.page.site,
        );
      })
      .toEqual(['uil.unesco.org']);

    // Collapsed, then hidden on this site: remembered, and everything goes away.
    await inCardWorld(browser, tabId, "globalThis.__eventLensCardRoot.querySelector('button.icon').click()");
    await expect
      .poll(() =>
        inCardWorld<string>(browser, tabId, "return globalThis.__eventLensCardRoot.querySelector('aside').textContent"),
      )
      .toContain('Show the event');
    await inCardWorld(browser, tabId, "globalThis.__eventLensCardRoot.querySelector('button.chip').click()");
    await inCardWorld(
      browser,
      tabId,
      "globalThis.__eventLensCardRoot.querySelector('[data-testid=card-hide-site]').click()",
    );
    await expect.poll(() => page.locator('event-lens-card, event-lens-overlay').count()).toBe(0);
    const settings = await browser.serviceWorker.evaluate(() => chrome.storage.sync.get('page-settings'));
    expect(settings['page-settings']).toMatchObject({ enrichmentOffSites: ['uil.unesco.org'] });

    // Not shown there again.
    await page.reload();
    expect(await waitForBadge(browser, tabId)).toBe('EVT');
    await page.waitForTimeout(500);
    expect(await page.locator('event-lens-card').count()).toBe(0);
    await page.close();
  });
});
