import { describe, expect, it } from 'vitest';
import { openPopupFor, sampleCaptureIndexes, serveCaptureIndexes } from '../browsers/chromium';
import { chromiumUnderTest } from '../browsers/chromium-under-test';
import { otherCaptures } from '../journeys/reader';
import { openCaptureTab, useExtensionBrowser } from './helpers';
import { captureTimeIn } from './intl-expected';

const getBrowser = useExtensionBrowser({ timezone: 'Europe/Paris' });

describe('other captures of the page', () => {
  it('asks the tab’s archive and the Internet Archive once, and shows counts, the captures around the event and a timeline', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
    const { requests } = await serveCaptureIndexes(browser.context, sampleCaptureIndexes());

    await otherCaptures(chromiumUnderTest(browser), tabId, requests);

    // What the shared journey leaves to Chromium: the months as buttons from the keyboard, and a capture
    // nearest a date typed into a date field (Playwright's keyboard and fill).
    let popup = await openPopupFor(browser, tabId);
    const unesco = popup.getByTestId('captures-unesco');
    const timeline = unesco.getByTestId('capture-timeline');
    await timeline.locator('[data-month="2021-06"]').focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => unesco.getByTestId('month-captures').locator('li').allTextContents())
      .toEqual([await captureTimeIn(popup, '2021-06-30T22:01:00Z')]);
    const ia = popup.getByTestId('captures-internet-archive');
    await ia.getByTestId('nearest-date').fill('2022-01-01');
    const open = ia.getByTestId('open-nearest');
    expect(await open.getAttribute('href')).toMatch(/^https:\/\/web\.archive\.org\/web\/20220105\d{6}\//);
    expect(await open.getAttribute('target')).toBe('_blank');

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
