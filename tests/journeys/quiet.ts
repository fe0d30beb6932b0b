/**
 * What Event Lens leaves alone and when it holds back, in both browsers (docs/testing.md, "One journey, two
 * browsers"): a page that is not a UNESCO capture, and an archive that says it is busy.
 */
import { expect } from 'vitest';
import { byTestId, type BrowserUnderTest, type TabUnderTest } from '../browsers/browser-under-test';
import { openCapture } from './reader';

/**
 * `url` (not a capture of a UNESCO page) gets no badge, no card, nothing stored, and a popup that says so.
 * `alsoCheck` adds what only one browser can see (e.g. Chromium reads the content script's Performance marks).
 */
export async function leavesAlone(
  b: BrowserUnderTest,
  url: string,
  alsoCheck?: (tab: TabUnderTest) => Promise<void>,
): Promise<void> {
  await b.serveCapture(url, '<html><body><h1>Party</h1><p>Date: 17 November 2020</p></body></html>');
  const before = await b.storageKeys('session');
  const tab = await b.openTab(url);
  // Time for a record to appear, were the page read.
  expect(await b.waitForBadge(tab.tabId, 3_000)).toBe('');
  expect(await b.readStorage('session', `tab-record:${tab.tabId}`)).toBeUndefined();
  expect(await b.storageKeys('session')).toEqual(before);
  expect(await tab.count('event-lens-card')).toBe(0);
  await alsoCheck?.(tab);

  const popup = await b.openPopupFor(tab.tabId);
  await expect.poll(() => popup.text('body'), { timeout: 10_000 }).toContain('Not an archived UNESCO page');
  await popup.close();
  await tab.close();
}

/**
 * The Internet Archive answers 429 with Retry-After and UNESCO's index cannot be reached: the popup says "busy,
 * retry in N s" and "could not be reached" apart, and neither is asked again before then, reopened or refreshed.
 * Needs a browser that has not asked these indexes about the sample yet.
 */
export async function busyAndUnreachable(b: BrowserUnderTest): Promise<void> {
  const { tab, tabId } = await openCapture(b);
  const requests = await b.serveCaptureIndexes({
    internetArchive: { status: 429, body: 'Too Many Requests', headers: { 'retry-after': '120' } },
    unesco: { abort: 'namenotresolved' },
  });
  const ia = byTestId('captures-internet-archive');
  for (let opened = 0; opened < 2; opened++) {
    const popup = await b.openPopupFor(tabId);
    await popup.waitFor(`${ia} .capture-error`);
    // The archive's 120 s, counting down from the one answer (a busy machine may take seconds between popups).
    const left = /^Internet Archive is busy; retry in (\d+) s\.$/.exec(await popup.text(ia))?.[1];
    expect(Number(left)).toBeGreaterThanOrEqual(opened === 0 ? 119 : 100);
    expect(Number(left)).toBeLessThanOrEqual(120);
    if (opened === 0) {
      expect(await popup.text(byTestId('captures-unesco'))).toBe(
        'UNESCO Web Archive could not be reached (offline, or its address does not resolve).',
      );
    } else {
      await popup.click(byTestId('captures-refresh'));
      await popup.waitFor(`${ia} .capture-error`);
      expect(await popup.text(ia)).toMatch(/busy; retry in \d+ s/);
    }
    await popup.close();
  }
  expect([requests.internetArchive.length, requests.unesco.length]).toEqual([1, 1]);
  expect(await b.badgeText(tabId)).toBe('EVT');
  await tab.close();
}
