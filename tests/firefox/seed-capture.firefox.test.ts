import { describe, expect, it } from 'vitest';
import { openExtensionPage, waitFor } from '../browsers/firefox';
import { openCaptureTab, textOf, useFirefox } from './helpers';

// The reader is in Seoul: 13:00 CET on 17 November 2020 is 21:00 there.
const getFirefox = useFirefox({ timezone: 'Asia/Seoul' });

describe('the sample capture in Firefox', () => {
  it('badges the tab EVT and shows the card on the page', async () => {
    const { page, badge } = await openCaptureTab(getFirefox());
    expect(badge).toBe('EVT');
    // The card's host element; its content sits in a closed shadow root, which the page cannot read.
    await page.waitForSelector('event-lens-card', { timeout: 10_000 });
    await page.close();
  });

  it('shows the event in the popup: the date once, the event’s zone and the reader’s', async () => {
    const ff = getFirefox();
    const { page, tabId } = await openCaptureTab(ff);
    const popup = await openExtensionPage(ff, `popup.html?tabId=${tabId}`, { width: 400, height: 640 });
    await waitFor(popup, () => document.querySelector('[data-testid="event-title"]')?.textContent);
    expect(await textOf(popup, 'event-title')).toBe(
      'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation',
    );
    expect(await textOf(popup, 'event-date')).toBe('Tue 17 Nov 2020');
    const rows = await popup.$$eval('[data-testid="event-time"] tr', (trs) => trs.map((tr) => tr.textContent));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^Paris(1:00\sPM–2:30\sPM|13:00–14:30)UTC\+1$/);
    expect(rows[1]).toMatch(/^Your time \(Seoul\)(9:00\sPM–10:30\sPM|21:00–22:30)UTC\+9$/);
    expect(rows[2]).toMatch(/^UTC(12:00\sPM–1:30\sPM|12:00–13:30)UTC$/);
    await popup.close();
    await page.close();
  });
});
