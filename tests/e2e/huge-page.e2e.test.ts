import { describe, expect, it } from 'vitest';
import { loadSample, openPopupFor, serveCapture, tabIdOf, waitForBadge } from '../browsers/chromium';
import { storedRecord, useExtensionBrowser } from './helpers';
import { dayIn } from './intl-expected';

const getBrowser = useExtensionBrowser({ timezone: 'Europe/Paris' });

// 50 MB of text in 50,000 paragraphs full of dates and times, after the event's own content: the frame sends the
// background the first 4 million characters of its markup (utils/page/page-source.ts), the event is still the
// page's and the record says the page was not read whole. (560,000 small elements are read in
// tests/property/huge-pages.test.ts.)
describe('a 50 MB page', () => {
  it('is read to the end, with the page’s own event', async () => {
    const browser = getBrowser();
    const sample = loadSample();
    const sentence = 'Lorem ipsum dolor sit amet, 12 March 2019, consectetur adipiscing elit 10:00 CET. ';
    const para = `<p>${sentence.repeat(12)}</p>`;
    const filler = para.repeat(Math.ceil(50_000_000 / para.length));
    await serveCapture(browser.context, sample.url, sample.html.replace('</body>', `${filler}</body>`));
    const page = await browser.context.newPage();
    await page.goto(sample.url, { timeout: 120_000 });
    const tabId = await tabIdOf(browser, page);
    expect(await waitForBadge(browser, tabId, 120_000)).toBe('EVT');
    // The markup was handed over (both marks of the page-source script), and the record is the event's own.
    expect(await page.evaluate(() => performance.getEntriesByName('event-lens:source:end').length)).toBe(1);
    expect((await storedRecord(browser, tabId))?.page.warnings.map((w) => w.code)).toContain('page-cut');
    const popup = await openPopupFor(browser, tabId);
    await expect
      .poll(() => popup.getByTestId('event-title').textContent())
      .toBe('UNESCO learning cities’ meeting on educational planning, monitoring and evaluation');
    expect(await popup.getByTestId('event-date').textContent()).toBe(await dayIn(popup, '2020-11-17'));
    // The reader is told the page was not read whole.
    expect(await popup.getByTestId('capture-line').locator('[data-code="page-cut"]').textContent()).toBe(
      'The page is too large to read whole; Event Lens read its beginning.',
    );
    await popup.close();
    await page.close();
  }, 240_000);
});
