/**
 * The Wayback/pywb "archival URL" grammar shared by most archives: `<prefix>/<timestamp><modifier>/<original>`
 * (docs/archives.md, "The archival address"; pywb's `wburl.py`). Each archive module strips its own prefix and hands
 * the rest here, so the edge cases live in one place.
 */

/** `20201206072020`, `2020`, `20201206072020mp_`, `20201206072020$mod:x`, or no timestamp at all. */
const REPLAY = /^(?<ts>\d{0,14})(?<mod>[a-z]+\d*_|\$[a-z0-9:.-]+)?\/{1,3}(?<orig>.+)$/i;
/** Query forms list captures and are not captures themselves: `*`, `2020*`, `2010-2015*`. */
const QUERY_FORM = /^(?:[\w:-]+\/)?\d*[*-]\d*\/?/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export type ArchivalPath = {
  /** The timestamp as written (1 to 14 digits), or `null` for the "latest capture" form. */
  timestamp: string | null;
  /** Replay modifier such as `mp_`, `id_`, `if_`; empty when none. */
  modifier: string;
  /** The original URL, normalised: scheme repaired or added, default port dropped, fragment kept. */
  originalUrl: string;
};

/** Normalises the original URL embedded in an archival URL; `null` when it is not an http(s) URL. */
export function normalizeOriginalUrl(raw: string): string | null {
  let orig = raw;
  if (/^https?%3A/i.test(orig)) {
    try {
      orig = decodeURIComponent(orig);
    } catch {
      return null;
    }
  }
  orig = orig.replace(/^(https?:)\/(?!\/)/i, '$1//');
  if (!SCHEME.test(orig) || /^[a-z0-9.-]+:\d/i.test(orig)) orig = `http://${orig}`;
  let url: URL;
  try {
    url = new URL(orig);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  // A bare word is an archive's own path segment (`timemap`, `cdx`), not a host: real hosts have a dot.
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) return null;
  // `new URL` already drops :80 on http and :443 on https; IA keeps `:80` in many originals.
  return url.href;
}

/**
 * Parses what follows an archive's prefix (`rest` is path + query, without the leading slash) and the
 * tab's fragment. `null` when it is a query form, empty, or does not embed an http(s) URL.
 */
export function parseArchivalPath(rest: string, hash = ''): ArchivalPath | null {
  if (rest === '' || QUERY_FORM.test(rest)) return null;
  const m = REPLAY.exec(rest);
  const groups = m?.groups;
  const timestamp = groups?.ts ? groups.ts : null;
  const modifier = groups?.mod ?? '';
  // A bare `/web/<original>` is the "latest capture" form; a match with no timestamp and no modifier
  // is that form too (the regex only split the original's own slashes).
  const embedded = groups && (timestamp !== null || modifier !== '') ? (groups.orig ?? '') : rest;
  const originalUrl = normalizeOriginalUrl(embedded);
  if (originalUrl === null) return null;
  const withHash = hash && !originalUrl.includes('#') ? originalUrl + hash : originalUrl;
  return { timestamp, modifier, originalUrl: withHash };
}

/** The path and query of `url` after `prefix` (which starts and ends with `/`), or `null`. */
export function restAfterPrefix(url: URL, prefix: string): string | null {
  const pathAndQuery = url.pathname + url.search;
  return pathAndQuery.startsWith(prefix) ? pathAndQuery.slice(prefix.length) : null;
}
