import { describe, expect, it } from 'vitest';
import { openPopupFor, sampleCaptureIndexes, serveCaptureIndexes } from '../browsers/chromium';
import { openCaptureTab, useExtensionBrowser } from './helpers';
import { captureTimeIn } from './intl-expected';

const getBrowser = useExtensionBrowser({ timezone: 'Europe/Paris' });
const ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

describe('other captures of the page', () => {
  it('asks the tab’s archive and the Internet Archive once, and shows counts, the captures around the event and a timeline', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
    const { requests } = await serveCaptureIndexes(browser.context, sampleCaptureIndexes());

    let popup = await openPopupFor(browser, tabId);
    const at = (iso: string) => captureTimeIn(popup, iso);
    const ia = popup.getByTestId('captures-internet-archive');
    await ia
      .locator('.capture-count')
      .waitFor({ timeout: 10_000 })
      .catch(async (err: unknown) => {
        throw new Error(`no capture count; the panel says: ${await popup.getByTestId('captures').textContent()}`, {
          cause: err,
        });
      });
    expect(await ia.locator('.capture-count').textContent()).toContain(
      `Internet Archive: 36 captures, ${await at('2020-10-20T10:09:00Z')} – ${await at('2024-02-09T10:44:00Z')}`,
    );
    expect(await ia.textContent()).toContain('10 of them are redirects or errors');
    const nearest = ia.getByTestId('nearest-captures');
    // The capture that is both the last before the event and the nearest its end is said once.
    expect(await nearest.locator('div').allTextContents()).toEqual([
      `Last before the event · Nearest the event’s end${await at('2020-11-17T02:15:00Z')}`,
      `First after the event starts${await at('2020-11-18T17:27:00Z')}`,
    ]);
    expect(await nearest.locator('a').first().getAttribute('href')).toBe(
      `https://web.archive.org/web/20201117021505/${ORIGINAL}`,
    );

    const unesco = popup.getByTestId('captures-unesco');
    expect(await unesco.locator('.capture-count').textContent()).toContain('UNESCO Web Archive: 4 captures');
    expect(await unesco.getByTestId('nearest-captures').locator('a').first().getAttribute('href')).toBe(
      `https://webarchive.unesco.org/web/20201102101503/${ORIGINAL}`,
    );

    // The timeline: one row per year, a button per month with captures; December 2020 lists this capture.
    const timeline = unesco.getByTestId('capture-timeline');
    expect(await timeline.locator('text.year').allTextContents()).toEqual(['2020', '2021']);
    // Month initials on top and a legend, so a reader can tell which cell is which and what the shades mean.
    expect(await timeline.getByTestId('timeline-months').locator('text').allTextContents()).toEqual([
      ...'JFMAMJJASOND'.split(''),
    ]);
    expect(await unesco.getByTestId('timeline-legend').textContent()).toBe(' few captures  many  the event’s month');
    await timeline.locator('[data-month="2020-12"]').click();
    const month = unesco.getByTestId('month-captures');
    await expect
      .poll(() => month.locator('li').allTextContents())
      .toEqual([await at('2020-12-05T00:16:00Z'), `${await at('2020-12-06T07:20:00Z')} (this capture)`]);
    // Keyboard: the months are buttons.
    await timeline.locator('[data-month="2021-06"]').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => month.locator('li').allTextContents()).toEqual([await at('2021-06-30T22:01:00Z')]);

    // Open the capture nearest a date.
    await ia.getByTestId('nearest-date').fill('2022-01-01');
    const open = ia.getByTestId('open-nearest');
    expect(await open.getAttribute('href')).toMatch(/^https:\/\/web\.archive\.org\/web\/20220105\d{6}\//);
    expect(await open.getAttribute('target')).toBe('_blank');
    await popup.close();

    expect(requests.internetArchive).toHaveLength(1);
    expect(requests.unesco).toHaveLength(1);
    expect(requests.internetArchive[0]).toContain(`url=${encodeURIComponent(ORIGINAL)}`);
    expect(requests.internetArchive[0]).toContain('collapse=digest');

    // Opened again: the answers come from the cache; nothing is sent.
    popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('captures-internet-archive').locator('.capture-count').waitFor();
    expect(await popup.getByTestId('captures-internet-archive').textContent()).toContain('kept from an earlier answer');
    expect(requests.internetArchive).toHaveLength(1);
    expect(requests.unesco).toHaveLength(1);

    // Not asking the Internet Archive is a setting, remembered.
    await popup.getByTestId('captures').locator('summary').click();
    await popup.getByTestId('ask-internet-archive').uncheck();
    await popup.getByTestId('captures-unesco').locator('.capture-count').waitFor();
    expect(await popup.getByTestId('captures-internet-archive').count()).toBe(0);
    await popup.close();
    popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('captures-unesco').locator('.capture-count').waitFor();
    expect(await popup.getByTestId('captures-internet-archive').count()).toBe(0);
    await popup.getByTestId('captures').locator('summary').click();
    await popup.getByTestId('ask-internet-archive').check();
    await popup.close();
    await page.close();
  });
});
