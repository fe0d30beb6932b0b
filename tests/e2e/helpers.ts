import { afterAll, beforeAll, expect } from 'vitest';
import {
  launchWithExtension,
  loadSample,
  openPopupFor,
  serveCapture,
  tabIdOf,
  waitForBadge,
  type ExtensionBrowser,
  type LaunchOptions,
} from '../browsers/chromium';
import type { EventRecord } from '../../utils/event-record';

/** One Chromium with the extension for a test file: launched before its tests, closed after. */
export function useExtensionBrowser(options: Omit<LaunchOptions, 'headless'> = {}): () => ExtensionBrowser {
  let browser: ExtensionBrowser | null = null;
  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true, ...options });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
}

/** Opens a fixture capture (the bundled sample by default) in a new tab and waits for the extension's badge. */
export async function openCaptureTab(browser: ExtensionBrowser, slug = 'seed') {
  const sample = loadSample(slug);
  await serveCapture(browser.context, sample.url, sample.html);
  const page = await browser.context.newPage();
  await page.goto(sample.url);
  const tabId = await tabIdOf(browser, page);
  return { page, tabId, badge: await waitForBadge(browser, tabId), sample };
}

/** Saves the tab's event from its popup, as the reader's click on "Save event" does. */
export async function saveFromPopup(browser: ExtensionBrowser, tabId: number): Promise<void> {
  const popup = await openPopupFor(browser, tabId);
  await popup.getByTestId('save-event').click();
  await expect.poll(() => popup.getByTestId('save-event').textContent()).toBe('Remove from saved events');
  await popup.close();
}

/**
 * Runs `code` (a function body) in the extension's isolated world of the tab, where the card keeps its closed
 * shadow roots (`__eventLensCardRoot`, `__eventLensOverlayRoot`). Sent as text: the function is written into the
 * worker's own script, not evaluated in the page.
 */
export async function inCardWorld<T>(browser: ExtensionBrowser, tabId: number, code: string): Promise<T> {
  return await browser.serviceWorker.evaluate(`(async () => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => { ${code} } });
    return r ? r.result : undefined;
  })()`);
}

/** Keeps, as the popup does after a check, what a link check of `pageUrl` judged: the card marks those links. */
export async function storePageCheck(
  browser: ExtensionBrowser,
  pageUrl: string,
  marks: { url: string; verdict: string; archivedUrl: string | null }[],
): Promise<void> {
  await browser.serviceWorker.evaluate(
    async ([url, list]) => {
      await chrome.storage.local.set({ 'page-link-checks': { [url]: { checkedAt: Date.now(), marks: list } } });
    },
    [pageUrl, marks] as const,
  );
}

/** Headless Chromium grants no clipboard to extension pages: run in a page, keeps what it writes there instead. */
export function catchClipboard(): void {
  const copied: string[] = [];
  (window as unknown as { copied: string[] }).copied = copied;
  navigator.clipboard.writeText = (text: string) => {
    copied.push(text);
    return Promise.resolve();
  };
}

/** The record the background stored for a tab. */
export async function storedRecord(browser: ExtensionBrowser, tabId: number): Promise<EventRecord | null> {
  const stored = await browser.serviceWorker.evaluate(async (id) => {
    const key = `tab-record:${id}`;
    return (await chrome.storage.session.get(key))[key] as { record: unknown } | undefined;
  }, tabId);
  return (stored?.record ?? null) as EventRecord | null;
}
