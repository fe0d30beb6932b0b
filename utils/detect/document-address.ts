/**
 * The address a document is about, from what its own scripts cannot rewrite (docs/security.md, "The address a
 * record is about"). `location.href` follows `history.pushState`: a captured page's script can move it to
 * `/web/2020…/https://uil.unesco.org/event/spoofed` and have its own text read as a UNESCO event. The browser's
 * navigation entry (`performance.getEntriesByType('navigation')[0].name`) keeps the address the document was
 * loaded from, after redirects; read in the extension's isolated world, a page cannot replace the function
 * either. A difference between the two is a warning on the record, never its address.
 */

import type { Warning } from '../event-record';
import { warning } from '../warnings/english';

export type DocumentAddress = { url: URL; warning: Warning | null };

/** An address without its fragment: moving to `#section` is not a change of page. */
function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

/**
 * `loaded` is the navigation entry's name, `current` is `location.href`. `null` when the document has no
 * navigation entry to trust (it was not loaded by a navigation): such a document is not read.
 */
export function documentAddress(loaded: string | undefined, current: string): DocumentAddress | null {
  let url: URL;
  try {
    url = new URL(loaded ?? '');
  } catch {
    return null;
  }
  let moved = true;
  try {
    moved = withoutHash(new URL(current)) !== withoutHash(url);
  } catch {
    // `location.href` always parses; if it ever did not, the page has moved somewhere unreadable.
  }
  const shown = current.length > 300 ? `${current.slice(0, 300)}…` : current;
  return { url, warning: moved ? warning('address-changed', { address: shown }) : null };
}

/** The navigation entry's address of this document (`undefined` when there is none). */
export function loadedAddress(perf: Pick<Performance, 'getEntriesByType'>): string | undefined {
  return perf.getEntriesByType('navigation')[0]?.name;
}
