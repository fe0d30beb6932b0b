import { describe, expect, it } from 'vitest';
import { loadSample, openPopupFor, serveCapture, tabIdOf } from '../browsers/chromium';
import { catchClipboard, useExtensionBrowser } from './helpers';

// Issue 23: "cite the archived page (and its event)": a capture with no event is cited too, by its own title
// (docs/citations.md, "A page without an event").
const getBrowser = useExtensionBrowser();

describe('citing a capture that holds no event', () => {
  it('offers Cite in the popup and copies the page’s citation, with no event date', async () => {
    const browser = getBrowser();
    const home = loadSample('home-under-events');
    await serveCapture(browser.context, home.url, home.html);
    const page = await browser.context.newPage();
    await page.goto(home.url, { waitUntil: 'load' });
    const popup = await openPopupFor(browser, await tabIdOf(browser, page));
    await expect.poll(async () => (await popup.textContent('body')) ?? '').toContain('No event on this page');
    await popup.evaluate(catchClipboard);
    const panel = popup.getByTestId('cite-panel');
    await panel.locator('summary').click();
    const apa = () => popup.getByTestId('cite-text').inputValue();
    await expect.poll(apa, { timeout: 20_000 }).toContain('Building peace in the minds of men and women');
    expect(await apa()).toMatch(/^UNESCO\. \(2018, December 15\)\. /);
    expect(await apa()).toContain(`UNESCO Web Archive. ${home.url}`);
    await popup.getByTestId('cite-format').selectOption('csl-json');
    await expect.poll(() => popup.getByTestId('cite-text').inputValue()).toContain('"type": "webpage"');
    const item = (JSON.parse(await popup.getByTestId('cite-text').inputValue()) as Record<string, unknown>[])[0];
    expect(item).toMatchObject({ URL: home.url, archive: 'UNESCO Web Archive' });
    expect(item).not.toHaveProperty('event-date');
    await popup.getByTestId('cite-copy').click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Citation copied.');
    expect(await popup.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      await popup.getByTestId('cite-text').inputValue(),
    ]);
    await popup.close();
    await page.close();
  });
});
