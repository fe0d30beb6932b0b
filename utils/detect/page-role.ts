/**
 * Should this document be read? Decided from the address first, then (given the document) at most two element
 * lookups. Frames matter: pywb replays the capture inside an `mp_` iframe, which is where the content is read;
 * every other frame is skipped, so each tab reports once.
 */
import type { ArchiveDefinition, CaptureUrl } from '../archives/archive-definition';
import { isArchiveTodayHost } from '../archives/archive-today-hosts';
import { archiveById, parseCaptureUrl } from '../archives/registry';
import { isReplayFrameHost, mentionsUnesco } from './offer-page';
import { isUnescoHost } from './unesco-site';

export type PageRole =
  | { analyse: true; capture: CaptureUrl | null; originalUrl: string }
  | { analyse: false; reason: 'not-a-capture' | 'not-unesco' | 'sub-frame' | 'frame-host' | 'unknown-original' };

/** Modifiers of documents that are the capture itself (frameless or pywb's content frame). */
const CONTENT_MODIFIERS = new Set(['', 'mp_', 'id_', 'if_', 'fr_']);

export function decidePageRole(
  url: URL,
  frame: { isTop: boolean },
  doc: Document | null,
  extra: readonly ArchiveDefinition[] = [],
): PageRole {
  // The cheapest test first: an address that does not name UNESCO, unless archive.today's short id.
  if (!isUnescoHost(url.hostname) && !isArchiveTodayHost(url.hostname)) {
    if (!mentionsUnesco(url.pathname + url.search)) return { analyse: false, reason: 'not-unesco' };
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
  if (frame.isTop && doc && isReplayFrameHost(doc)) return { analyse: false, reason: 'frame-host' };
  return { analyse: true, capture, originalUrl };
}
