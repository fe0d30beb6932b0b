/**
 * The one interface both launchers offer (docs/testing.md, "One journey, two browsers"): a journey written against
 * it (tests/journeys/) runs unchanged in Chromium (`chromium-under-test.ts`) and in Firefox
 * (`firefox-under-test.ts`). Selectors are CSS; `byTestId` spells the `data-testid` ones. Every helper has the
 * same meaning in both browsers: what waits, waits up to 10 s, and throws saying what it waited for.
 */
import type { IndexAnswer } from './shared';

/** A file the browser saved, as a reader's click on a download would. */
export type DownloadedFile = { name: string; text: string };

/** What a faked web server answers a request (`undefined` from a route: not this route's request). */
export type ServedAnswer = { status: number; body?: string; contentType?: string; headers?: Record<string, string> };

/** Requests the faked capture indexes received, by archive (asked URLs, in order). */
export type IndexRequests = { internetArchive: string[]; unesco: string[] };

/** A page of the browser: a tab showing a capture, the popup in a tab, or one of the extension's pages. */
export interface PageUnderTest {
  /** The text of the first element matching `selector`, once there is one. */
  text(selector: string): Promise<string>;
  /** The texts of every element matching `selector` now (none: an empty list). */
  texts(selector: string): Promise<string[]>;
  /** An attribute of the first element matching `selector`, once there is one. */
  attribute(selector: string, name: string): Promise<string | null>;
  /** How many elements match `selector` now. */
  count(selector: string): Promise<number>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Clicks the first element matching `selector` with the pointer, as a reader does. */
  click(selector: string): Promise<void>;
  /** Clicks the first button, link, summary or label whose whole text is `text`. */
  clickText(text: string): Promise<void>;
  /** Puts `value` in a field as a reader typing it would (the page hears `input`). */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses the option with `value` in a `<select>`. */
  select(selector: string, value: string): Promise<void>;
  /** Gives a file input a file, as the reader's file picker would. */
  upload(selector: string, file: { name: string; content: string }): Promise<void>;
  /** Clicks `selector` and returns the file the browser downloads (its name ends with `extension`). */
  download(selector: string, extension: string): Promise<DownloadedFile>;
  /** Runs `fn` in the page (in its own world: the page's scripts, not the extension's). */
  evaluate<T>(fn: () => T): Promise<T>;
  /** What the page's own Intl writes for the instant `ms` with `options`, in `locale` or the browser's language. */
  formatDate(ms: number, options: Intl.DateTimeFormatOptions, locale?: string): Promise<string>;
  close(): Promise<void>;
}

/** A tab the test opened, with the id the extension knows it by. */
export interface TabUnderTest extends PageUnderTest {
  readonly tabId: number;
}

/** The real toolbar popup, opened as a click on the extension's icon would for the active tab. */
export interface ToolbarPopupUnderTest {
  /** The text of `[data-testid=<testId>]` in the popup, once it has some (null if it never does). */
  textOf(testId: string): Promise<string | null>;
  close(): Promise<void>;
}

/** A real browser with the built extension, every request answered by the test (nothing reaches the internet). */
export interface BrowserUnderTest {
  readonly name: 'Chromium' | 'Firefox';
  /** Serves `html` at `url`; any other path on that host is a 404, as a capture's missing resources. */
  serveCapture(url: string, html: string): Promise<void>;
  /** Fakes the archives' capture indexes (CDX, TimeMap) and counts what each is asked. */
  serveCaptureIndexes(answers: { internetArchive?: IndexAnswer; unesco?: IndexAnswer }): Promise<IndexRequests>;
  /** Answers any request `route` answers (live sites, one's own archive); the latest route that answers wins. */
  serve(route: (url: string) => ServedAnswer | undefined): Promise<void>;
  /** Opens `url` in a new tab, brought to the front, once loaded. */
  openTab(url: string): Promise<TabUnderTest>;
  /** The toolbar badge text of a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Waits until the page in `tabId` has been read (the background keeps a record for it); returns the badge. */
  waitForBadge(tabId: number, timeoutMs?: number): Promise<string>;
  /** One item of the extension's storage, as stored (`undefined` when absent). */
  readStorage(area: 'local' | 'session', key: string): Promise<unknown>;
  /** The keys of everything in one of the extension's storage areas. */
  storageKeys(area: 'local' | 'session'): Promise<string[]>;
  /** Opens the popup for `tabId` in a tab of its own, sized like the toolbar popup (`popup.html?tabId=N`). */
  openPopupFor(tabId: number): Promise<PageUnderTest>;
  /** Opens one of the extension's pages (`library.html`, `options.html`) in a tab. */
  openExtensionPage(path: string): Promise<PageUnderTest>;
  /** Opens the real toolbar popup for `tab`, which becomes the active tab. */
  openToolbarPopup(tab: TabUnderTest): Promise<ToolbarPopupUnderTest>;
}

/** The selector of `[data-testid=<id>]`. */
export function byTestId(id: string): string {
  return `[data-testid="${id}"]`;
}

/** Polls `check` every 50 ms until it returns a value that is not `undefined`, or throws `what` after `timeoutMs`. */
export async function pollUntil<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The browser's own page behind each tab opened through `openTab` (the toolbar popup needs it). */
const tabPages = new WeakMap<TabUnderTest, object>();

/** A `TabUnderTest` for `page` (Playwright's or puppeteer's), remembered for `pageOf`. */
export function tabUnderTest(page: object, view: PageUnderTest, tabId: number): TabUnderTest {
  const tab = { ...view, tabId };
  tabPages.set(tab, page);
  return tab;
}

/** The browser's own page behind `tab` (the launcher that opened it knows its type). */
export function pageOf(tab: TabUnderTest): object {
  const page = tabPages.get(tab);
  if (!page) throw new Error('not a tab opened through openTab');
  return page;
}
