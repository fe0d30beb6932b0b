/**
 * `BrowserUnderTest` for Chromium (Playwright): the shared journeys' helpers over `chromium.ts`
 * (docs/testing.md, "One journey, two browsers").
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { pageOf, pollUntil, tabUnderTest, type BrowserUnderTest, type PageUnderTest } from './browser-under-test';
import {
  badgeText,
  openPopupFor,
  openToolbarPopup,
  serveCapture,
  serveCaptureIndexes,
  tabIdOf,
  waitForBadge,
  type ExtensionBrowser,
} from './chromium';

const WAIT = { timeout: 10_000 };
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Playwright page as a `PageUnderTest`. */
export function chromiumPage(page: Page): PageUnderTest {
  const first = (selector: string) => page.locator(selector).first();
  return {
    text: async (selector) => (await first(selector).textContent(WAIT)) ?? '',
    texts: (selector) => page.locator(selector).allTextContents(),
    attribute: (selector, name) => first(selector).getAttribute(name, WAIT),
    count: (selector) => page.locator(selector).count(),
    waitFor: (selector, timeoutMs = 10_000) => first(selector).waitFor({ timeout: timeoutMs }),
    click: (selector) => first(selector).click(WAIT),
    clickText: (text) =>
      page
        .locator('button, a, summary, label')
        .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) })
        .first()
        .click(WAIT),
    fill: (selector, value) => first(selector).fill(value, WAIT),
    select: async (selector, value) => {
      await first(selector).selectOption(value, WAIT);
    },
    upload: (selector, file) =>
      first(selector).setInputFiles({
        name: file.name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(file.content),
      }),
    download: async (selector, extension) => {
      const [file] = await Promise.all([page.waitForEvent('download', WAIT), first(selector).click(WAIT)]);
      const name = file.suggestedFilename();
      if (!name.endsWith(extension)) throw new Error(`downloaded ${name}, not a ${extension}`);
      return { name, text: await readFile(await file.path(), 'utf8') };
    },
    evaluate: (fn) => page.evaluate(fn),
    formatDate: (ms, options, locale) =>
      page.evaluate(([at, opts, tag]) => new Intl.DateTimeFormat(tag ?? navigator.language, opts).format(at), [
        ms,
        options,
        locale ?? null,
      ] as const),
    close: () => page.close(),
  };
}

/** The Chromium `browser` as a `BrowserUnderTest`. */
export function chromiumUnderTest(browser: ExtensionBrowser): BrowserUnderTest {
  return {
    name: 'Chromium',
    serveCapture: (url, html) => serveCapture(browser.context, url, html),
    serveCaptureIndexes: async (answers) => (await serveCaptureIndexes(browser.context, answers)).requests,
    serve: async (route) => {
      await browser.context.route(
        (url) => url.protocol === 'http:' || url.protocol === 'https:',
        (r) => {
          const answer = route(r.request().url());
          if (!answer) return r.fallback();
          const contentType = answer.contentType ?? 'text/html; charset=utf-8';
          return r.fulfill({ status: answer.status, body: answer.body ?? '', contentType, headers: answer.headers });
        },
      );
    },
    openTab: async (url) => {
      const page = await browser.context.newPage();
      await page.goto(url);
      return tabUnderTest(page, chromiumPage(page), await tabIdOf(browser, page));
    },
    badgeText: (tabId) => badgeText(browser, tabId),
    waitForBadge: (tabId, timeoutMs) => waitForBadge(browser, tabId, timeoutMs),
    readStorage: (area, key) =>
      browser.serviceWorker.evaluate(async ([a, k]) => (await chrome.storage[a].get(k))[k], [area, key] as const),
    storageKeys: (area) =>
      browser.serviceWorker.evaluate(async (a) => Object.keys(await chrome.storage[a].get(null)), area),
    openPopupFor: async (tabId) => chromiumPage(await openPopupFor(browser, tabId)),
    openExtensionPage: async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return chromiumPage(page);
    },
    openToolbarPopup: async (tab) => {
      const { popup, disconnect } = await openToolbarPopup(browser, pageOf(tab) as Page);
      return {
        textOf: (testId) =>
          pollUntil(async () => (await popup.getByTestId(testId).textContent()) || undefined, testId).catch(() => null),
        close: disconnect,
      };
    },
  };
}
