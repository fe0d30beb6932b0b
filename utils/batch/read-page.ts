/**
 * A page's HTML to its record, as batch mode reads it: checked against the caps in one linear scan, parsed with
 * linkedom (utils/page/page-parser.ts), analysed as the extension analyses a tab. A page from a crawler's file is
 * a capture of its own address at the record's date (scripts and style sheets dropped first: nothing there is read
 * from a page fetched live); a saved HTML file is read as it is, since an archive's replay scripts in it say when
 * it was captured.
 */
import { analysePage, type FileCapture } from '../page/analyse-page';
import { findSavedPageUrl } from '../detect/saved-page-url';
import type { EventRecord } from '../event-record';
import { scanHtml } from '../page/html-scan';
import { parsePage } from '../page/page-parser';
import type { SkipReason } from './capture-rows';

export type PageRead =
  { ok: true; record: EventRecord } | { ok: false; skipped: SkipReason; note: string } | { ok: false; failed: string };

/** A page out of a WARC or ARC record. */
export function readCapturedPage(html: string, url: string, capture: FileCapture): PageRead {
  const scanned = scanHtml(html, { strip: true });
  if (!scanned.ok) return { ok: false, skipped: scanned.reason, note: `${url}: ${scanned.message}` };
  return { ok: true, record: analysePage(parsePage(scanned.html), new URL(url), { file: capture }) };
}

/** A saved HTML file; its address is `url` if given, else what the file says. */
export function readSavedPage(html: string, path: string, url: string | undefined): PageRead {
  const scanned = scanHtml(html, { strip: false });
  if (!scanned.ok) return { ok: false, skipped: scanned.reason, note: `${path}: ${scanned.message}` };
  const doc = parsePage(scanned.html);
  const address = url ?? findSavedPageUrl(html, doc);
  if (!address)
    return { ok: false, failed: 'the file does not say which address it was saved from; give it with --url' };
  return { ok: true, record: analysePage(doc, new URL(address)) };
}
