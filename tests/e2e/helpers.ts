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
} from '../../cli/browser';

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
  await expect.poll(() => popup.getByTestId('save-event').textContent()).toBe('Saved: remove');
  await popup.close();
}
