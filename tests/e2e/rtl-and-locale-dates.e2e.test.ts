import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor, sampleCaptureIndexes, serveCaptureIndexes } from '../browsers/chromium';
import { openCaptureTab, useExtensionBrowser } from './helpers';
import { captureTimeIn, dayIn } from './intl-expected';

// Issue 23's dates and direction in the real popup (docs/i18n.md, "Dates and numbers" and "Right to left").

async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.x + box.width / 2;
}

describe('the captures timeline in Arabic', () => {
  const getBrowser = useExtensionBrowser({ timezone: 'Asia/Seoul', language: 'ar' });

  it('runs from the right: the earliest capture at the inline start, the years at the line’s start', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser);
    await serveCaptureIndexes(browser.context, sampleCaptureIndexes());
    const popup = await openPopupFor(browser, tabId);
    const timeline = popup.getByTestId('captures-unesco').getByTestId('capture-timeline');
    await timeline.locator('[data-month="2020-11"]').waitFor({ timeout: 10_000 });
    expect(await popup.getAttribute('html', 'dir')).toBe('rtl');
    // The sample's index: 2 Nov 2020 is its first capture that year, 6 Dec 2020 its last.
    const earliest = await centreX(timeline.locator('[data-month="2020-11"]'));
    const latest = await centreX(timeline.locator('[data-month="2020-12"]'));
    expect(earliest).toBeGreaterThan(latest);
    const initials = timeline.getByTestId('timeline-months').locator('text');
    expect(await centreX(initials.first())).toBeGreaterThan(await centreX(initials.last()));
    expect(await centreX(timeline.locator('text.year').first())).toBeGreaterThan(earliest);
    // Mirrored as a whole, the labels still read as written.
    expect(await timeline.locator('text.year').first().textContent()).toBe('2020');
    const year = await timeline.locator('text.year').first().boundingBox();
    expect(year?.width).toBeGreaterThan(10);
    // Inside the figure: laid out right to left, the years were drawn past its edge, out of sight.
    const figure = await timeline.boundingBox();
    expect(year && figure && year.x + year.width).toBeLessThanOrEqual((figure?.x ?? 0) + (figure?.width ?? 0) + 0.5);
    // The Arabic capture times keep Latin digits, as Intl writes them for ar-u-nu-latn.
    await timeline.locator('[data-month="2020-12"]').click();
    const month = popup.getByTestId('captures-unesco').getByTestId('month-captures');
    const first = await captureTimeIn(popup, '2020-12-05T00:16:00Z', 'ar-u-nu-latn');
    await expect.poll(() => month.locator('li').first().textContent()).toBe(first);
    expect(first).toContain('2020');
    expect(first).not.toMatch(/[\u0660-\u0669]/);
    await popup.close();
    await page.close();
  });
});

describe('citing in Arabic', () => {
  const getBrowser = useExtensionBrowser({ timezone: 'Asia/Seoul', language: 'ar' });

  it('gives APA with the CSL project’s Arabic month names, loaded with the citation code', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser);
    const popup = await openPopupFor(browser, tabId);
    // Cite sits under the card, its line starting where the card's title starts (the right, in Arabic).
    const edge = async (testId: string) => {
      const box = await popup.getByTestId(testId).first().boundingBox();
      return box ? box.x + box.width : NaN;
    };
    expect(Math.abs((await edge('cite-panel')) - (await edge('event-title')))).toBeLessThanOrEqual(1);
    await popup.getByTestId('cite-panel').locator('summary').click();
    const apa = () => popup.getByTestId('cite-text').inputValue();
    await expect.poll(apa, { timeout: 20_000 }).toContain('UNESCO Institute for Lifelong Learning. (2020, ديسمبر 6).');
    await popup.close();
    await page.close();
  });
});

describe('the date line in Chinese', () => {
  const getBrowser = useExtensionBrowser({ timezone: 'Asia/Seoul', language: 'zh-CN' });

  it('writes year, month, day and weekday in Chinese order, as Intl does', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser);
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('event-time').waitFor();
    const date = await popup.getByTestId('event-date').textContent();
    expect(date).toBe(await dayIn(popup, '2020-11-17'));
    expect(date?.startsWith('2020年11月17日')).toBe(true);
    expect(await popup.getByTestId('capture-line').textContent()).toContain(
      await captureTimeIn(popup, '2020-12-06T07:20:20Z'),
    );
    await popup.close();
    await page.close();
  });
});
