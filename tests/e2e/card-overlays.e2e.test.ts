import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../browsers/chromium';
import { inCardWorld, openCaptureTab, storePageCheck, useExtensionBrowser } from './helpers';

const getBrowser = useExtensionBrowser({ timezone: 'Asia/Seoul' });

const ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';
const PROGRAMME =
  'https://uil.unesco.org/fileadmin/keydocuments/LifelongLearning/learning-cities/en/gnlc-cluster-meeting-educational-planning-programme.pdf';
const REGISTRATION = 'https://zoom.us/meeting/register/tJIvce-uqT0pHNT2KJjq94ZM0cGcr-6unZni';
const RELATED = 'https://uil.unesco.org/lifelong-learning/learning-cities';

type Box = { top: number; bottom: number; left: number; right: number; width: number; height: number };

/** The page's own element that writes the event's time ("13:00–14.30h"), as a person finds it. */
async function timeOnPage(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const all = [...document.body.querySelectorAll('*')].filter(
      (el) => !el.tagName.startsWith('EVENT-LENS') && (el.textContent ?? '').includes('13:00'),
    );
    const smallest = all.sort((a, b) => (a.textContent ?? '').length - (b.textContent ?? '').length)[0];
    const r = (smallest as Element).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  });
}

/** The converted-time note, read inside the card's closed root (the page cannot). */
async function note(browser: ExtensionBrowser, tabId: number): Promise<Box | null> {
  return inCardWorld<Box | null>(
    browser,
    tabId,
    `const el = globalThis.__eventLensOverlayRoot?.querySelector('.note');
     if (!el) return null;
     const r = el.getBoundingClientRect();
     return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };`,
  );
}

/** Whether the note sits just under the page's time, left edges aligned (within 2 px). */
async function noteUnderTime(browser: ExtensionBrowser, tabId: number, page: Page): Promise<boolean> {
  // A frame for the card to follow the change, as a person would see it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const [time, mine] = [await timeOnPage(page), await note(browser, tabId)];
  return mine !== null && Math.abs(mine.top - (time.bottom + 2)) <= 2 && Math.abs(mine.left - time.left) <= 2;
}

describe('the card’s notes and marks on the page', () => {
  it('puts the converted time under the page’s own, and keeps it there on scroll, resize and reflow', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => note(browser, tabId)).not.toBeNull();
    await expect.poll(() => noteUnderTime(browser, tabId, page)).toBe(true);
    // Not at the end of the document, where the host's `all: initial` used to put it.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect((await note(browser, tabId))?.bottom).toBeLessThan(height - 100);

    await page.evaluate(() => window.scrollTo(0, 150));
    await expect.poll(() => noteUnderTime(browser, tabId, page)).toBe(true);
    await page.setViewportSize({ width: 640, height: 720 });
    await expect.poll(() => noteUnderTime(browser, tabId, page)).toBe(true);
    // The page reflows: a banner appears above everything.
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '240px';
      document.body.prepend(banner);
    });
    await expect.poll(() => noteUnderTime(browser, tabId, page)).toBe(true);
    await page.close();
  });

  it('marks only this check’s links, next to each, all the same size, where the page cannot read them', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => note(browser, tabId)).not.toBeNull();
    // A verdict cached by an earlier check of another page is not this check's: no mark for it.
    await browser.serviceWorker.evaluate(async (url) => {
      const result = { url, verdict: 'gone', reason: 'not-found', finalUrl: null, title: null, steps: [] };
      await chrome.storage.local.set({
        'link-results': { [url]: { ...result, archivedUrl: null, checkedAt: Date.now() } },
      });
    }, RELATED);
    await storePageCheck(browser, ORIGINAL, [
      { url: PROGRAMME, verdict: 'gone', archivedUrl: `https://web.archive.org/web/20201206072020/${PROGRAMME}` },
      { url: REGISTRATION, verdict: 'live', archivedUrl: null },
    ]);
    const marks = () =>
      inCardWorld<{ label: string; box: Box }[]>(
        browser,
        tabId,
        `return [...globalThis.__eventLensOverlayRoot.querySelectorAll('.mark')].map((m) => {
           const r = m.getBoundingClientRect();
           return { label: m.getAttribute('aria-label'),
                    box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height } };
         });`,
      );
    await expect.poll(async () => (await marks()).length).toBe(2);
    const found = await marks();
    expect(found.map((m) => m.label).sort()).toEqual(['Link check: gone', 'Link check: live']);
    expect(found.map((m) => [m.box.width, m.box.height])).toEqual([
      [16, 16],
      [16, 16],
    ]);
    // Each mark just after its link, centred on the link's (last) line.
    const links = await page.evaluate(
      (urls) =>
        urls.map((u) => {
          const a = [...document.querySelectorAll('a[href]')].find((el) => el.getAttribute('href')?.endsWith(u));
          const rects = a ? [...a.getClientRects()] : [];
          const r = rects[rects.length - 1] ?? new DOMRect();
          return { top: r.top, bottom: r.bottom, right: r.right };
        }),
      [PROGRAMME, REGISTRATION],
    );
    for (const link of links) {
      const mark = found.find((m) => Math.abs(m.box.left - (link.right + 2)) <= 2);
      expect(mark, JSON.stringify(link)).toBeDefined();
      expect(Math.abs((mark?.box.top ?? 0) + 8 - (link.top + link.bottom) / 2)).toBeLessThanOrEqual(2);
    }
    // The page sees one empty host, and nothing inside it.
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('event-lens-overlay')];
      const r = hosts[0]?.getBoundingClientRect();
      return {
        hosts: hosts.length,
        size: [r?.width, r?.height],
        open: hosts[0]?.shadowRoot ?? null,
        marks: document.querySelectorAll('event-lens-mark, .mark').length,
      };
    });
    expect(seen).toEqual({ hosts: 1, size: [0, 0], open: null, marks: 0 });
    await page.close();
  });
});
