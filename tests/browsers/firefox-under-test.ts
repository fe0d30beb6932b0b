/**
 * `BrowserUnderTest` for Firefox (puppeteer-core over WebDriver BiDi): the shared journeys' helpers over
 * `firefox.ts` (docs/testing.md, "One journey, two browsers").
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { pageOf, pollUntil, tabUnderTest, type BrowserUnderTest, type PageUnderTest } from './browser-under-test';
import {
  badgeText,
  inExtension,
  nextDownload,
  openExtensionPage,
  openPopupFor,
  openToolbarPopup,
  readStorage,
  serveCapture,
  serveCaptureIndexes,
  tabIdOf,
  waitForBadge,
  type FirefoxWithExtension,
} from './firefox';

/** The first element matching `selector`, once there is one. */
function element(page: Page, selector: string): Promise<ElementHandle> {
  return pollUntil(async () => (await page.$(selector)) ?? undefined, selector);
}

/** A puppeteer page in Firefox as a `PageUnderTest` (polled: `waitForFunction` is barred by extension pages' CSP). */
export function firefoxPage(ff: FirefoxWithExtension, page: Page): PageUnderTest {
  return {
    text: async (selector) => (await element(page, selector)).evaluate((el) => el.textContent ?? ''),
    texts: (selector) => page.$$eval(selector, (els) => els.map((el) => el.textContent ?? '')),
    attribute: async (selector, name) => (await element(page, selector)).evaluate((el, n) => el.getAttribute(n), name),
    count: (selector) => page.$$eval(selector, (els) => els.length),
    waitFor: async (selector, timeoutMs = 10_000) => {
      await pollUntil(async () => (await page.$(selector)) ?? undefined, selector, timeoutMs);
    },
    click: async (selector) => (await element(page, selector)).click(),
    clickText: async (text) => {
      const found = await pollUntil(async () => {
        for (const handle of await page.$$('button, a, summary, label')) {
          if ((await handle.evaluate((el) => el.textContent?.trim())) === text) return handle;
        }
        return undefined;
      }, `something to click that says "${text}"`);
      await found.click();
    },
    fill: async (selector, value) => {
      // The reader's typing after clearing the field: one `input` event with the whole value.
      await (
        await element(page, selector)
      ).evaluate((el, v) => {
        const field = el as HTMLInputElement | HTMLTextAreaElement;
        field.value = v;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    },
    select: async (selector, value) => {
      await element(page, selector);
      await page.select(selector, value);
    },
    upload: async (selector, file) => {
      const dir = mkdtempSync(join(tmpdir(), 'event-lens-upload-'));
      try {
        writeFileSync(join(dir, file.name), file.content);
        await ((await element(page, selector)) as ElementHandle<HTMLInputElement>).uploadFile(join(dir, file.name));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    download: async (selector, extension) => {
      const before = readdirSync(ff.downloadsDir);
      await (await element(page, selector)).click();
      return nextDownload(ff, extension, before);
    },
    evaluate: (fn) => page.evaluate(fn),
    formatDate: (ms, options, locale) =>
      page.evaluate(
        (at, opts, tag) => new Intl.DateTimeFormat(tag ?? navigator.language, opts).format(at),
        ms,
        options,
        locale ?? null,
      ),
    close: () => page.close(),
  };
}

/** The Firefox `ff` as a `BrowserUnderTest`. */
export function firefoxUnderTest(ff: FirefoxWithExtension): BrowserUnderTest {
  return {
    name: 'Firefox',
    serveCapture: (url, html) => Promise.resolve(serveCapture(ff, url, html)),
    serveCaptureIndexes: (answers) => Promise.resolve(serveCaptureIndexes(ff, answers).requests),
    serve: (route) => Promise.resolve(ff.proxy.route(({ url }) => route(url))),
    openTab: async (url) => {
      const page = await ff.browser.newPage();
      await page.goto(url);
      return tabUnderTest(page, firefoxPage(ff, page), await tabIdOf(ff, page));
    },
    badgeText: (tabId) => badgeText(ff, tabId),
    waitForBadge: (tabId, timeoutMs) => waitForBadge(ff, tabId, timeoutMs),
    readStorage: (area, key) => readStorage(ff, area, key),
    storageKeys: (area) => inExtension(ff, async (api, a) => Object.keys(await api.storage[a].get(null)), area),
    openPopupFor: async (tabId) => firefoxPage(ff, await openPopupFor(ff, tabId)),
    openExtensionPage: async (path) => firefoxPage(ff, await openExtensionPage(ff, path)),
    openToolbarPopup: async (tab) => {
      const popup = await openToolbarPopup(ff, pageOf(tab) as Page);
      return { textOf: (testId) => popup.textOf(testId), close: () => Promise.resolve() };
    },
  };
}
