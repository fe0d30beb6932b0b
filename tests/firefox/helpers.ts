import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import {
  launchFirefox,
  loadSample,
  serveCapture,
  tabIdOf,
  waitForBadge,
  type FirefoxLaunchOptions,
  type FirefoxWithExtension,
} from '../browsers/firefox';

/** One Firefox with the extension for a test file: launched before its tests, closed after. */
export function useFirefox(options: FirefoxLaunchOptions = {}): () => FirefoxWithExtension {
  let ff: FirefoxWithExtension | null = null;
  beforeAll(async () => {
    ff = await launchFirefox(options);
  });
  afterAll(async () => {
    await ff?.close();
  });
  return () => {
    if (!ff) throw new Error('Firefox is not running');
    return ff;
  };
}

/** Opens a fixture capture (the bundled sample by default) in a new tab and waits for the extension's badge. */
export async function openCaptureTab(ff: FirefoxWithExtension, slug = 'seed') {
  const sample = loadSample(slug);
  serveCapture(ff, sample.url, sample.html);
  const page = await ff.browser.newPage();
  await page.goto(sample.url);
  const tabId = await tabIdOf(ff, page);
  return { page, tabId, badge: await waitForBadge(ff, tabId), sample };
}

/** The text of the element with `data-testid="<testId>"` once it has some. */
export function textOf(page: Page, testId: string): Promise<string> {
  return page.$eval(`[data-testid="${testId}"]`, (el) => el.textContent ?? '');
}
