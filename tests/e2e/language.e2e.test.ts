import { describe, expect, it } from 'vitest';
import { chromiumUnderTest } from '../browsers/chromium-under-test';
import { popupInFrench } from '../journeys/language';
import { openCaptureTab, useExtensionBrowser } from './helpers';

const getBrowser = useExtensionBrowser({ timezone: 'Europe/Madrid', language: 'fr' });

describe('popup in the browser’s language', () => {
  it('a French browser gets the popup in French, dates and month names included', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
    await popupInFrench(chromiumUnderTest(browser), tabId);
    await page.close();
  });
});
