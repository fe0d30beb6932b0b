/**
 * The content script's whole decision: offer this document to the background for reading? It runs in every
 * frame (`all_frames`) of every page of the known archives and of UNESCO's sites, in a fresh script context
 * each time: on a page whose address does not name UNESCO it is one string test (no regular expression, no
 * `new URL`, no archive registry, not even the frame or its document); otherwise at most two element lookups.
 * The background then decides from the address (`decideInjection`, where the archive parsers are already
 * compiled): capture or live page, content frame or not, UNESCO original or not.
 */
import { archiveToday, isArchiveTodayHost } from '../archives/archive-today';
import { isFrontOrIndexPath, isUnescoHost } from './unesco-site';

/** pywb's framed replay: the top document only hosts the banner and the iframe that holds the capture. */
export const REPLAY_FRAME_SELECTOR = '#wb_iframe_div iframe, iframe#replay_iframe, iframe.wb_iframe';

export function isReplayFrameHost(doc: Document): boolean {
  return doc.querySelector(REPLAY_FRAME_SELECTOR) !== null;
}

/**
 * Does this text name a UNESCO site? Captures carry the original URL in their path (escaped or not), so an
 * address that does not mention UNESCO (or IOC's IODE) cannot be a UNESCO page or a capture of one.
 */
export function mentionsUnesco(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('unesco') || lower.includes('iode');
}

/**
 * The path and query of the UNESCO page a capture's address names (`/events/` in
 * `/web/20181215110241/https://en.unesco.org/events/`, escaped or not), or null when no UNESCO host is in it.
 */
export function originalPathOf(address: string): { path: string; query: string } | null {
  let text = address;
  if (/%2f/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  const match = ORIGINAL_PATH.exec(text);
  return match ? { path: match[1] ?? '/', query: match[2] ?? '' } : null;
}
const ORIGINAL_PATH = /(?:^|[/.])(?:unesco|iode)\.org\.?(?::\d+)?(\/[^?#]*)?(\?[^#]*)?/i;

/**
 * Drupal marks a site's front page on its body (`front` in Drupal 7, `path-frontpage` from Drupal 8): what an
 * archive served for an event's address may be the home page it was redirected to.
 */
export function isFrontPageDocument(doc: Document): boolean {
  const classes = doc.body?.classList;
  return classes !== undefined && (classes.contains('front') || classes.contains('path-frontpage'));
}

/** The frame and its document, asked for only past the address test (their first use in a page costs). */
export type PageFrame = () => { isTop: boolean; doc: Document };

export function shouldOfferPage(
  location: { hostname: string; pathname: string; search: string },
  frame: PageFrame,
): boolean {
  // A UNESCO site itself (not its web archive): its top frame is a live UNESCO page.
  if (isUnescoHost(location.hostname)) {
    if (isFrontOrIndexPath(location.pathname, location.search)) return false;
    const { isTop, doc } = frame();
    return isTop && !isFrontPageDocument(doc);
  }
  // A capture names its original in its path (escaped or not); the host (webarchive.unesco.org) does not count.
  const address = location.pathname + location.search;
  if (mentionsUnesco(address)) {
    const original = originalPathOf(address);
    if (original && isFrontOrIndexPath(original.path, original.query)) return false;
    const { isTop, doc } = frame();
    return !(isTop && isReplayFrameHost(doc)) && !isFrontPageDocument(doc);
  }
  // archive.today's short ids (`archive.ph/AbCd1`): only the page says what the capture is of.
  if (!isArchiveTodayHost(location.hostname)) return false;
  const original = archiveToday.readCaptureFromPage?.(frame().doc)?.originalUrl;
  return original !== undefined && isUnescoHost(new URL(original).hostname);
}

/** The part of `browser.runtime` the content scripts use. */
export type CandidateRuntime = { id?: string; sendMessage(message: { type: 'page:candidate' }): Promise<unknown> };

/**
 * The browser's own runtime object (Firefox's `browser`, Chrome's `browser` or `chrome`: `sendMessage` returns
 * a promise in both), looked up only once a page is to be offered. Not `wxt/browser`: importing it touches
 * `runtime` as the script starts, and the first touch in a page's fresh script context costs about 0.7 ms
 * (the browser builds the API's bindings), on every archive page, UNESCO or not; nor the polyfill, whose
 * evaluation costs 2–3 ms more.
 */
export function pageRuntime(): CandidateRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: CandidateRuntime }; chrome?: { runtime?: CandidateRuntime } };
  return (scope.browser ?? scope.chrome)?.runtime;
}

/**
 * Asks the background to read this frame (it injects the extractor when its own checks agree). Nothing is
 * sent from a script whose extension was updated or removed since it started (no runtime id).
 */
export function offerToBackground(runtime: CandidateRuntime | undefined): void {
  if (!runtime?.id) return;
  void runtime.sendMessage({ type: 'page:candidate' }).catch(() => undefined);
}

/**
 * A page restored from the back/forward cache does not run its scripts again, while its tab's record was
 * cleared when the tab navigated: offer it again then (`pageshow` with `persisted`).
 */
export function offerAgainWhenRestored(win: Pick<Window, 'addEventListener'>, offer: () => void): void {
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) offer();
  });
}
