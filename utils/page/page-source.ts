/**
 * What a frame hands the background so that the background can read it (docs/extraction.md, "Where the page is
 * read"): the document's markup as it stands (scripts' changes included), the address it was loaded from and the
 * one it shows. Runs in the extension's isolated world of the frame, which is a fresh script context for every
 * document: it stays a few lines, with nothing to compile and no pattern to build, so its cost is the browser's own
 * serialisation. The markup is cut at `MAX_PAGE_CHARS`: the extractor never reads past a million characters of
 * text, and the background is not made to carry a page's megabytes of scripts (docs/security.md, "The page's
 * markup in the background").
 */
import { loadedAddress } from '../detect/document-address';

/** Four million characters of markup: far beyond any event page (50–600 KB), and a bound on what a hostile page sends. */
export const MAX_PAGE_CHARS = 4_000_000;

export type PageSource = {
  html: string;
  /** The markup was longer than `MAX_PAGE_CHARS` and is cut there. */
  cut: boolean;
  /** The navigation entry's address (`undefined` when the document was not loaded by a navigation). */
  loaded?: string | undefined;
  /** `location.href`, which the page's scripts may have moved. */
  current: string;
};

export function readPageSource(doc: Document, perf: Pick<Performance, 'getEntriesByType'>, href: string): PageSource {
  // Read, never assigned: the browser's own serialisation of the document as it stands.
  // eslint-disable-next-line no-restricted-properties
  const html = doc.documentElement?.outerHTML ?? '';
  const cut = html.length > MAX_PAGE_CHARS;
  return { html: cut ? html.slice(0, MAX_PAGE_CHARS) : html, cut, loaded: loadedAddress(perf), current: href };
}
