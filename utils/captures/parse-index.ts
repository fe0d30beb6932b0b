/**
 * Parsers for the archives' capture indexes, each text in, typed captures out (docs/capture-indexes.md):
 * - CDX answers (parse-cdx.ts);
 * - TimeMaps in link format (`application/link-format`) and in Memento JSON, here.
 * Anything else (an HTML challenge page, truncated JSON) is a `bad-response` error, never a throw.
 */
import { MAX_CAPTURES, type Capture } from './capture';

export type IndexResult = { ok: true; captures: Capture[]; truncated: boolean } | { ok: false; detail: string };

/** How a replay address is made from a timestamp and the original URL, for indexes that give no address. */
export type ReplayUrl = (timestamp: string, originalUrl: string) => string;

const HTML_START = /^\s*(?:<!doctype|<html|<head|<body|<\?xml|<script)/i;

/** An answer that is a web page, not an index: a bot challenge, a login wall, an error page. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 200));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC1123 = /^(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(?:GMT|UTC|Z)?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-]00:?00)$/;

/** `Wed, 06 Dec 2000 21:15:00 GMT` or `2000-12-06T21:15:00Z` → `20001206211500`. */
export function httpDateToTimestamp(value: string): string | null {
  const rfc = RFC1123.exec(value.trim());
  if (rfc) {
    const month = MONTHS.findIndex((m) => m.toLowerCase() === (rfc[2] ?? '').toLowerCase());
    if (month < 0) return null;
    return `${rfc[3]}${String(month + 1).padStart(2, '0')}${(rfc[1] ?? '').padStart(2, '0')}${rfc[4]}${rfc[5]}${rfc[6]}`;
  }
  const iso = ISO.exec(value.trim());
  return iso ? iso.slice(1, 7).join('') : null;
}

/** The timestamp in a replay address (`…/20001206211500mp_/http…`), when there is one. */
function timestampInUrl(url: string): string | null {
  const m = /\/(\d{14})(?:[a-z]{2}_)?\//.exec(url);
  return m?.[1] ?? null;
}

function finish(captures: Capture[], limit: number): IndexResult {
  const seen = new Set<string>();
  const unique = captures.filter((c) => !seen.has(c.url) && seen.add(c.url));
  const sorted = sortCaptures(unique);
  return { ok: true, captures: sorted.slice(0, limit), truncated: sorted.length > limit };
}

/** A TimeMap in link format: every entry whose `rel` includes `memento`. */
export function parseLinkTimeMap(text: string, limit = MAX_CAPTURES): IndexResult {
  if (looksLikeHtml(text)) return { ok: false, detail: 'an HTML page where the TimeMap was expected' };
  const captures: Capture[] = [];
  let entries = 0;
  for (const entry of text.split(/,\s*(?=<)/)) {
    const m = /^\s*<([^>]*)>\s*((?:;\s*[^;]+)*)/.exec(entry);
    if (!m) continue;
    entries++;
    const attributes = new Map<string, string>();
    for (const attr of (m[2] ?? '').split(';')) {
      const eq = attr.indexOf('=');
      if (eq < 0) continue;
      attributes.set(
        attr.slice(0, eq).trim().toLowerCase(),
        attr
          .slice(eq + 1)
          .trim()
          .replace(/^"|"$/g, ''),
      );
    }
    const rel = (attributes.get('rel') ?? '').split(/\s+/);
    const uri = (m[1] ?? '').trim();
    if (!rel.includes('memento') || !/^https?:\/\//i.test(uri)) continue;
    const datetime = attributes.get('datetime');
    const timestamp = (datetime ? httpDateToTimestamp(datetime) : null) ?? timestampInUrl(uri);
    if (timestamp) captures.push({ timestamp, url: uri, status: null });
  }
  if (entries === 0 && text.trim() !== '') return { ok: false, detail: 'not a link-format TimeMap' };
  return finish(captures, limit);
}

/** A TimeMap in Memento JSON (`{"mementos": {"list": [{"datetime", "uri"}]}}`). */
export function parseJsonTimeMap(text: string, limit = MAX_CAPTURES): IndexResult {
  if (looksLikeHtml(text)) return { ok: false, detail: 'an HTML page where the TimeMap was expected' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'not JSON' };
  }
  const list = (value as { mementos?: { list?: unknown } } | null)?.mementos?.list;
  if (!Array.isArray(list)) return { ok: false, detail: 'no mementos.list in the TimeMap' };
  const captures: Capture[] = [];
  for (const item of list) {
    const { datetime, uri } = (item ?? {}) as { datetime?: unknown; uri?: unknown };
    const url: unknown = Array.isArray(uri) ? (uri as unknown[])[0] : uri;
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) continue;
    const timestamp = (typeof datetime === 'string' ? httpDateToTimestamp(datetime) : null) ?? timestampInUrl(url);
    if (timestamp) captures.push({ timestamp, url, status: null });
  }
  return finish(captures, limit);
}

export function sortCaptures(captures: Capture[]): Capture[] {
  return captures.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
}
