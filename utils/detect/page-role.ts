/**
 * Should the content script analyse this document? Decided from the URL first (cheap), then at most one
 * element lookup. It runs in every frame of archive pages (`all_frames`), so that framed replay (pywb:
 * the capture inside an `mp_` iframe) is read where the content is, and each tab reports once.
 */
import type { ArchiveDefinition, CaptureUrl } from '../archives/archive-definition';
import { ARCHIVE_TODAY_HOSTS } from '../archives/archive-today';
import { ARCHIVE_HOSTS, archiveById, parseCaptureUrl } from '../archives/registry';
import { isUnescoHost } from './unesco-site';

export type PageRole =
  | { analyse: true; capture: CaptureUrl | null; originalUrl: string }
  | { analyse: false; reason: 'not-a-capture' | 'not-unesco' | 'sub-frame' | 'frame-host' | 'unknown-original' };

/** pywb's framed replay: the top document only hosts the banner and the iframe that holds the capture. */
const REPLAY_FRAME = '#wb_iframe_div iframe, iframe#replay_iframe, iframe.wb_iframe';

/**
 * The cheapest test, first: an address whose path does not mention UNESCO cannot be a capture of a UNESCO
 * page, since captures carry the original URL in their path (escaped or not). archive.today's short ids are
 * the exception: the page says what it is a capture of.
 */
const MENTIONS_UNESCO = /unesco|iode/i;
const NO_ORIGINAL_IN_ADDRESS = new Set(ARCHIVE_TODAY_HOSTS.flatMap((h) => [h, `www.${h}`]));

/**
 * The string-only first step, before any URL is built: `false` when the address cannot be a UNESCO page or a
 * capture of one. Most archive pages a reader opens stop here.
 */
export function mayBeUnescoPage(href: string, hostname: string): boolean {
  return MENTIONS_UNESCO.test(href) || NO_ORIGINAL_IN_ADDRESS.has(hostname);
}

/** Modifiers of documents that are the capture itself (frameless or pywb's content frame). */
const CONTENT_MODIFIERS = new Set(['', 'mp_', 'id_', 'if_', 'fr_']);

export function decidePageRole(
  url: URL,
  frame: { isTop: boolean },
  doc: Document | null,
  extra: readonly ArchiveDefinition[] = [],
): PageRole {
  if (!isUnescoHost(url.hostname) && !NO_ORIGINAL_IN_ADDRESS.has(url.hostname)) {
    if (!MENTIONS_UNESCO.test(url.pathname + url.search)) return { analyse: false, reason: 'not-unesco' };
  }
  const capture = parseCaptureUrl(url, extra);
  if (!capture) {
    // Live pages: only the top frame of a UNESCO site.
    if (!frame.isTop) return { analyse: false, reason: 'sub-frame' };
    return isUnescoHost(url.hostname)
      ? { analyse: true, capture: null, originalUrl: url.href }
      : { analyse: false, reason: 'not-a-capture' };
  }
  // In a sub-frame only pywb's content frame (`mp_`) is the page; other frames are the capture's own
  // iframes (ads, embeds, the Internet Archive's donation frame).
  if (!frame.isTop && capture.modifier !== 'mp_') return { analyse: false, reason: 'sub-frame' };
  if (!CONTENT_MODIFIERS.has(capture.modifier)) return { analyse: false, reason: 'sub-frame' };
  let originalUrl = capture.originalUrl;
  if (originalUrl === null) {
    const fromPage = doc ? archiveById(capture.archiveId, extra)?.readCaptureFromPage?.(doc) : null;
    if (!fromPage) return { analyse: false, reason: 'unknown-original' };
    originalUrl = fromPage.originalUrl;
  }
  if (!isUnescoHost(new URL(originalUrl).hostname)) return { analyse: false, reason: 'not-unesco' };
  if (frame.isTop && doc?.querySelector(REPLAY_FRAME)) return { analyse: false, reason: 'frame-host' };
  return { analyse: true, capture, originalUrl };
}

/**
 * The content script's whole decision: offer this document to the background for reading? On the known
 * archives and UNESCO's sites, only when it is (a capture of) a UNESCO page; anywhere else the script runs
 * only because the user added that archive host, and the background decides there (it knows those archives
 * and the responses' Memento headers). An address that never mentions UNESCO costs one string test.
 */
export function shouldOfferPage(location: { href: string; hostname: string }, isTop: boolean, doc: Document): boolean {
  const builtIn = ARCHIVE_HOSTS.has(location.hostname) || isUnescoHost(location.hostname);
  if (!builtIn) return true;
  if (!mayBeUnescoPage(location.href, location.hostname)) return false;
  return decidePageRole(new URL(location.href), { isTop }, doc).analyse;
}
