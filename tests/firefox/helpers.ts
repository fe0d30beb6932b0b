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

/** Types `value` into a field as a reader would after clearing it: the page hears one `input` event. */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      const field = el as HTMLInputElement | HTMLTextAreaElement;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/**
 * Clicks the first button, link, summary or label whose text is `text`, with the pointer as a reader does
 * (a user gesture, which e.g. a permission request needs).
 */
export async function clickText(page: Page, text: string): Promise<void> {
  for (const handle of await page.$$('button, a, summary, label')) {
    if ((await handle.evaluate((el) => el.textContent?.trim())) === text) return handle.click();
  }
  throw new Error(`nothing to click says "${text}"`);
}

/** Waits until the element with `data-testid="<testId>"` says `text` somewhere in its text; returns that text. */
export async function waitForText(page: Page, testId: string, text: string, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const now = await textOf(page, testId).catch(() => '');
    if (now.includes(text)) return now;
    if (Date.now() > until) throw new Error(`"${testId}" says "${now}", not "${text}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
