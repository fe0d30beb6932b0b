/**
 * The background's side of reading a frame (docs/extraction.md, "Where the page is read"): what the injected
 * script handed back (utils/page/page-source.ts) is validated like any input from a page, checked against the
 * caps in one linear scan (utils/page/html-scan.ts: the DOM it is parsed into takes time that grows with the square
 * of the nesting depth), parsed with linkedom as batch mode parses files (no scripts run, nothing is fetched), and
 * analysed; the record is checked against its schema before it is kept. A page past the caps is read up to the
 * point where it passes them, and its record says so.
 */
import * as z from 'zod/mini';
import { documentAddress } from '../detect/document-address';
import { parseEventRecord, type EventRecord } from '../event-record';
import { warning } from '../warnings/english';
import { analysePage, type AnalyseOptions } from './analyse-page';
import { scanHtml } from './html-scan';
import { MAX_PAGE_CHARS, type PageSource } from './page-source';
import { parsePage } from './page-parser';

const address = () => z.string().check(z.maxLength(100_000));

const PageSourceSchema = z.object({
  html: z.string().check(z.maxLength(MAX_PAGE_CHARS)),
  cut: z.boolean(),
  loaded: z.optional(address()),
  current: address(),
});

/** The markup to parse: whole, or up to where it first passes the caps. */
function withinCaps(source: PageSource): { html: string; cut: boolean } {
  const scanned = scanHtml(source.html, { strip: false });
  if (scanned.ok) return { html: source.html, cut: source.cut };
  return { html: source.html.slice(0, scanned.at), cut: true };
}

/** The record of a frame from what its injected script returned; `null` when that is not a page source. */
export function analysePageSource(value: unknown, options: AnalyseOptions = {}): EventRecord | null {
  const parsed = PageSourceSchema.safeParse(value);
  if (!parsed.success) return null;
  const source = parsed.data;
  // A document not loaded by a navigation has no address to trust: it is not read.
  const address = documentAddress(source.loaded, source.current);
  if (!address) return null;
  const { html, cut } = withinCaps(source);
  const record = analysePage(parsePage(html), address.url, options);
  if (address.warning) record.page.warnings.push(address.warning);
  if (cut) record.page.warnings.push(warning('page-cut'));
  // Every string in it comes from the page: the record passes its schema (lengths, link schemes) like any input.
  return parseEventRecord(record);
}
