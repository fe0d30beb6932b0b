/**
 * What a Firefox test asks the extension itself (tabs, the badge, storage, the toolbar popup), through the
 * extension page `launchFirefox` keeps open: Firefox's counterpart of evaluating in Chromium's service worker.
 * Names and meanings match `chromium.ts`.
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from './firefox';

/**
 * The extension API as a Firefox MV2 extension page has it (promise-returning `browser.*`), for the functions
 * these helpers send there. Chrome's types describe the same calls; `browserAction` is MV2's `action`.
 */
export type FirefoxExtensionApi = typeof chrome & { browserAction: typeof chrome.action };

/**
 * Runs `fn(api, arg)` in the extension's page, with the whole extension API as `api`. Sent as the text of a
 * call, which the browser's remote agent evaluates (the page's own policy forbids building code from text);
 * `arg` must survive JSON.
 */
export function inExtension<A, T>(
  ff: FirefoxWithExtension,
  fn: (api: FirefoxExtensionApi, arg: A) => Promise<T> | T,
  arg: A,
): Promise<T> {
  return ff.extensionPage.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg)})`) as Promise<T>;
}

/** The id of the tab showing `page`, read by the extension itself (it is the active tab after bringToFront). */
export async function tabIdOf(ff: FirefoxWithExtension, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await inExtension(
    ff,
    async (api) => {
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    },
    null,
  );
  if (id === null) throw new Error('No active tab');
  return id;
}

/** The toolbar badge text of a tab. */
export function badgeText(ff: FirefoxWithExtension, tabId: number): Promise<string> {
  return inExtension(ff, (api, id) => api.browserAction.getBadgeText({ tabId: id }), tabId);
}

/** One item of the extension's storage (`local` or `session`), as stored. */
export function readStorage(ff: FirefoxWithExtension, area: 'local' | 'session', key: string): Promise<unknown> {
  return inExtension(ff, async (api, [a, k]) => (await api.storage[a].get(k))[k], [area, key] as const);
}

/** Waits until the page in `tabId` has been read (the background keeps a record for it); returns the badge. */
export async function waitForBadge(ff: FirefoxWithExtension, tabId: number, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while ((await readStorage(ff, 'session', `tab-record:${tabId}`)) === undefined && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return badgeText(ff, tabId);
}

/** The toolbar popup, read through the extension (BiDi does not list it as a page of its own). */
export type ToolbarPopup = {
  /** The text of `[data-testid=<testId>]` in the popup, once it has some (null if it never does). */
  textOf(testId: string): Promise<string | null>;
};

/**
 * Opens the toolbar popup exactly as a click on the extension's icon would, for the active tab `page`. Firefox
 * lets an extension open it without a click given a preference `launchFirefox` sets (the default from 153).
 */
export async function openToolbarPopup(ff: FirefoxWithExtension, page: Page): Promise<ToolbarPopup> {
  await page.bringToFront();
  await inExtension(ff, (api) => api.browserAction.openPopup(), null);
  return {
    textOf: (testId) =>
      inExtension(
        ff,
        async (api, id) => {
          for (let i = 0; i < 100; i++) {
            const [view] = api.extension.getViews({ type: 'popup' });
            const text = view?.document.querySelector(`[data-testid="${id}"]`)?.textContent;
            if (text) return text;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return null;
        },
        testId,
      ),
  };
}
