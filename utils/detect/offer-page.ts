/**
 * The content script's whole decision: offer this document to the background for reading? It runs in every
 * frame (`all_frames`) of every page of the known archives and of UNESCO's sites, in a fresh script context
 * each time: on a page whose address does not name UNESCO it is one string test (no regular expression, no
 * `new URL`, no archive registry, not even the frame or its document); otherwise string tests on the original's
 * path and one element lookup.
 * The background then decides from the address (`decideInjection`, where the archive parsers are already
 * compiled): capture or live page, content frame or not, UNESCO original or not.
 */
import { isArchiveTodayHost } from '../archives/archive-today-hosts';
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
 * One function of string operations: in a page's fresh script context the first regular expression costs
 * more than all of it, and so does each further function called for the first time (about 30 µs).
 */
export function originalPathOf(address: string): { path: string; query: string } | null {
  let text = address;
  let lower = address.toLowerCase();
  if (lower.includes('%2f')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
    lower = text.toLowerCase();
  }
  for (let h = 0; h < 2; h++) {
    // A whole host name or its last labels: `unesco.org`, `en.unesco.org`, `www.iode.org`.
    const host = h === 0 ? 'unesco.org' : 'iode.org';
    const at = lower.indexOf(host);
    if (at < 0) continue;
    const before = at === 0 ? '/' : lower.charAt(at - 1);
    if (before !== '/' && before !== '.') continue;
    let end = at + host.length;
    if (lower.charAt(end) === '.') end++;
    if (lower.charAt(end) === ':') {
      end++;
      while (lower.charAt(end) >= '0' && lower.charAt(end) <= '9') end++;
    }
    // "/events/?page=2#top" → path "/events/", query "?page=2"; anything but a path after the host → null.
    const hash = text.indexOf('#', end);
    const tail = hash < 0 ? text.slice(end) : text.slice(end, hash);
    const q = tail.indexOf('?');
    const path = q < 0 ? tail : tail.slice(0, q);
    if (path !== '' && !path.startsWith('/')) return null;
    return { path: path === '' ? '/' : path, query: q < 0 ? '' : tail.slice(q) };
  }
  return null;
}

/**
 * In one element lookup, whether this document holds no single page to read: pywb's frame host (its top
 * document only hosts the banner and the iframe with the capture), or a site's front page, which Drupal marks
 * on its body (`front` in Drupal 7, `path-frontpage` from Drupal 8; what an archive served for an event's
 * address may be the home page it was redirected to). A count, not an element: handing an element to the
 * script is what costs in a page's fresh script context.
 */
export function isFrameHostOrFrontPage(doc: Document, isTop: boolean): boolean {
  const front = 'body.front, body.path-frontpage';
  return doc.querySelectorAll(isTop ? `${REPLAY_FRAME_SELECTOR}, ${front}` : front).length > 0;
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
    return isTop && !isFrameHostOrFrontPage(doc, false);
  }
  // A capture names its original in its path (escaped or not); the host (webarchive.unesco.org) does not count.
  const address = location.pathname + location.search;
  if (mentionsUnesco(address)) {
    const original = originalPathOf(address);
    if (original && isFrontOrIndexPath(original.path, original.query)) return false;
    const { isTop, doc } = frame();
    return !isFrameHostOrFrontPage(doc, isTop);
  }
  // archive.today's short ids (`archive.ph/AbCd1`): only the page says what the capture is of, in its long
  // link or its search box (the extractor reads it properly: this only looks for a UNESCO host in it).
  if (!isArchiveTodayHost(location.hostname)) return false;
  const { doc } = frame();
  const named =
    doc.querySelector('input#SHARE_LONGLINK')?.getAttribute('value') ??
    doc.querySelector('#HEADER input[name="q"]')?.getAttribute('value');
  const original = named ? originalPathOf(named) : null;
  return original !== null && !isFrontOrIndexPath(original.path, original.query);
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
  // No answer is expected; a failure means the extension is being updated or removed, and the page stays as it is.
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
