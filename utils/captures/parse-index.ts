/**
 * Parsers for the archives' capture indexes, each text in, typed captures out (docs/capture-indexes.md):
 * - CDX as the Internet Archive writes it with `output=json` (an array of arrays, header row first, one row
 *   per line) and as pywb writes it (NDJSON, one object per line), read incrementally chunk by chunk, so a
 *   100,000-row answer is never held twice;
 * - TimeMaps in link format (`application/link-format`) and in Memento JSON.
 * Anything else (an HTML challenge page, truncated JSON) is a `bad-response` error, never a throw.
 */
import { MAX_CAPTURES, padTimestamp, type Capture } from './capture';

export type IndexResult = { ok: true; captures: Capture[]; truncated: boolean } | { ok: false; detail: string };

/** How a replay address is made from a timestamp and the original URL, for indexes that give no address. */
export type ReplayUrl = (timestamp: string, originalUrl: string) => string;

const HTML_START = /^\s*(?:<!doctype|<html|<head|<body|<\?xml|<script)/i;

/** An answer that is a web page, not an index: a bot challenge, a login wall, an error page. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 200));
}

function statusOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

/**
 * Reads CDX answers in either JSON dialect, fed in chunks as they arrive. `push` takes text, `end` returns
 * the result. Rows beyond `MAX_CAPTURES` are counted as "truncated" and dropped.
 */
export function createCdxParser(replayUrl: ReplayUrl, limit = MAX_CAPTURES) {
  let buffer = '';
  /** Everything read so far, kept only until a first row parses: a pretty-printed answer is then read whole. */
  let whole: string | null = '';
  let wholeMode = false;
  let header: string[] | null = null;
  let error: string | null = null;
  let sawRow = false;
  let head = '';
  let headPending = true;
  const checkHead = () => {
    headPending = false;
    if (looksLikeHtml(head)) error = 'an HTML page where the capture index was expected';
  };
  let resumeKeyNext = false;
  const captures: Capture[] = [];
  let truncated = false;

  const addRow = (fields: Record<string, unknown>) => {
    const ts = typeof fields.timestamp === 'string' ? padTimestamp(fields.timestamp) : null;
    const original = fields.original ?? fields.url;
    if (ts === null || typeof original !== 'string' || !/^https?:\/\//i.test(original)) return;
    if (captures.length >= limit) {
      truncated = true;
      return;
    }
    const status = statusOf(fields.statuscode ?? fields.status);
    captures.push({ timestamp: ts, url: replayUrl(ts, original), status });
  };

  const line = (raw: string) => {
    if (error) return;
    let text = raw.trim();
    if (text === '' || text === '[' || text === ']') return;
    // The Internet Archive's array of arrays: `[["urlkey",…],` first, `["…"]]` last, `[],` then
    // `["resumekey"]` at the end when paging.
    if (text.startsWith('[[')) text = text.slice(1);
    if (text.endsWith(']]')) text = text.slice(0, -1);
    if (text.endsWith(',')) text = text.slice(0, -1);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Rows split over several lines (pretty-printed JSON): read the whole answer at the end instead.
      if (!sawRow && whole !== null) wholeMode = true;
      else error = `not CDX JSON: ${raw.slice(0, 80)}`;
      return;
    }
    if (value === null || typeof value !== 'object') {
      if (!sawRow && whole !== null) wholeMode = true;
      else error = 'not CDX JSON: a row is neither an array nor an object';
      return;
    }
    sawRow = true;
    whole = null;
    if (Array.isArray(value)) {
      if (value.length === 0) {
        resumeKeyNext = true;
        return;
      }
      if (resumeKeyNext) return;
      if (header === null) {
        header = value.map(String);
        return;
      }
      const row = value as unknown[];
      const fields: Record<string, unknown> = {};
      header.forEach((name, i) => {
        fields[name] = row[i];
      });
      addRow(fields);
    } else {
      addRow(value as Record<string, unknown>);
    }
  };

  const readWhole = (text: string) => {
    try {
      const rows = JSON.parse(text) as unknown;
      if (!Array.isArray(rows)) throw new Error('not an array');
      for (const row of rows as unknown[]) line(JSON.stringify(row));
    } catch {
      error = 'not CDX JSON';
    }
  };

  return {
    push(chunk: string) {
      // Whether the answer is a web page is told from its first 200 characters, however they were split.
      if (headPending) {
        head += chunk;
        if (head.length >= 200) checkHead();
      }
      if (whole !== null) whole += chunk;
      if (wholeMode) return;
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl !== -1 && !wholeMode) {
        line(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
      }
    },
    end(): IndexResult {
      if (headPending) checkHead();
      if (wholeMode && whole !== null && !error) {
        const text = whole;
        whole = null;
        buffer = '';
        readWhole(text);
      }
      if (buffer.trim() !== '') {
        const rest = buffer;
        buffer = '';
        // The whole array on one line: a small answer, or a server that does not break lines.
        if (!sawRow && rest.trim().startsWith('[[')) readWhole(rest);
        else line(rest);
      }
      if (error) return { ok: false, detail: error };
      return { ok: true, captures: sortCaptures(captures), truncated };
    },
  };
}

/** A whole CDX answer at once. */
export function parseCdx(text: string, replayUrl: ReplayUrl, limit = MAX_CAPTURES): IndexResult {
  const parser = createCdxParser(replayUrl, limit);
  parser.push(text);
  return parser.end();
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

function sortCaptures(captures: Capture[]): Capture[] {
  return captures.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
}
