/**
 * CDX answers as the Internet Archive writes them with `output=json` (an array of arrays, header row first, one row
 * per line) and as pywb writes them (NDJSON, one object per line), read incrementally chunk by chunk, so a
 * 100,000-row answer is never held twice (docs/capture-indexes.md, "The Internet Archive's CDX server", "pywb's CDX
 * server"). Anything else (an HTML challenge page, truncated JSON) is a `bad-response` error, never a throw.
 */
import { MAX_CAPTURES, padTimestamp, type Capture } from './capture';
import { looksLikeHtml, sortCaptures, type IndexResult, type ReplayUrl } from './parse-index';

function statusOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

/**
 * One line of a CDX answer: its JSON value (the array's brackets and commas around a row taken off), a line of
 * punctuation only (`skip`), or text that does not parse (`unparsed`).
 */
function cdxLineValue(raw: string): { value: unknown } | 'skip' | 'unparsed' {
  let text = raw.trim();
  if (text === '' || text === '[' || text === ']') return 'skip';
  // The Internet Archive's array of arrays: `[["urlkey",…],` first, `["…"]]` last, `[],` then
  // `["resumekey"]` at the end when paging.
  if (text.startsWith('[[')) text = text.slice(1);
  if (text.endsWith(']]')) text = text.slice(0, -1);
  if (text.endsWith(',')) text = text.slice(0, -1);
  try {
    return { value: JSON.parse(text) };
  } catch {
    return 'unparsed';
  }
}

/** The captures of an answer's rows, at most `limit` of them (the rest only counted as "truncated"). */
function captureCollector(replayUrl: ReplayUrl, limit: number) {
  const captures: Capture[] = [];
  let truncated = false;
  return {
    add: (fields: Record<string, unknown>): void => {
      const ts = typeof fields.timestamp === 'string' ? padTimestamp(fields.timestamp) : null;
      const original = fields.original ?? fields.url;
      if (ts === null || typeof original !== 'string' || !/^https?:\/\//i.test(original)) return;
      if (captures.length >= limit) {
        truncated = true;
        return;
      }
      const status = statusOf(fields.statuscode ?? fields.status);
      captures.push({ timestamp: ts, url: replayUrl(ts, original), status });
    },
    result: (): IndexResult => ({ ok: true, captures: sortCaptures(captures), truncated }),
  };
}

/** Rows of the Internet Archive's array of arrays: the header row first; after an empty row, only the resume key. */
function arrayRowReader(add: (fields: Record<string, unknown>) => void): (row: unknown[]) => void {
  let header: string[] | null = null;
  let resumeKeyNext = false;
  return (row) => {
    if (row.length === 0) {
      resumeKeyNext = true;
      return;
    }
    if (resumeKeyNext) return;
    if (header === null) {
      header = row.map(String);
      return;
    }
    const fields: Record<string, unknown> = {};
    header.forEach((name, i) => {
      fields[name] = row[i];
    });
    add(fields);
  };
}

/**
 * Reads CDX answers in either JSON dialect, fed in chunks as they arrive. `push` takes text, `end` returns
 * the result. Rows beyond `MAX_CAPTURES` are counted as "truncated" and dropped.
 */
class CdxParser {
  private buffer = '';
  /** Everything read so far, kept only until a first row parses: a pretty-printed answer is then read whole. */
  private whole: string | null = '';
  private wholeMode = false;
  private error: string | null = null;
  private sawRow = false;
  private head = '';
  private headPending = true;
  private readonly collector: ReturnType<typeof captureCollector>;
  private readonly arrayRow: (row: unknown[]) => void;

  constructor(replayUrl: ReplayUrl, limit: number) {
    this.collector = captureCollector(replayUrl, limit);
    this.arrayRow = arrayRowReader(this.collector.add);
  }

  push(chunk: string): void {
    // Whether the answer is a web page is told from its first 200 characters, however they were split.
    if (this.headPending) {
      this.head += chunk;
      if (this.head.length >= 200) this.checkHead();
    }
    if (this.whole !== null) this.whole += chunk;
    if (this.wholeMode) return;
    this.buffer += chunk;
    let nl = this.buffer.indexOf('\n');
    while (nl !== -1 && !this.wholeMode) {
      this.line(this.buffer.slice(0, nl));
      this.buffer = this.buffer.slice(nl + 1);
      nl = this.buffer.indexOf('\n');
    }
  }

  end(): IndexResult {
    if (this.headPending) this.checkHead();
    if (this.wholeMode && this.whole !== null && !this.error) {
      const text = this.whole;
      this.whole = null;
      this.buffer = '';
      this.readWhole(text);
    }
    if (this.buffer.trim() !== '') {
      const rest = this.buffer;
      this.buffer = '';
      // The whole array on one line: a small answer, or a server that does not break lines.
      if (!this.sawRow && rest.trim().startsWith('[[')) this.readWhole(rest);
      else this.line(rest);
    }
    if (this.error) return { ok: false, detail: this.error };
    return this.collector.result();
  }

  private checkHead(): void {
    this.headPending = false;
    if (looksLikeHtml(this.head)) this.error = 'an HTML page where the capture index was expected';
  }

  private line(raw: string): void {
    if (this.error) return;
    const parsed = cdxLineValue(raw);
    if (parsed === 'skip') return;
    if (parsed === 'unparsed' || parsed.value === null || typeof parsed.value !== 'object') {
      // Rows split over several lines (pretty-printed JSON): read the whole answer at the end instead.
      if (!this.sawRow && this.whole !== null) this.wholeMode = true;
      else
        this.error =
          parsed === 'unparsed'
            ? `not CDX JSON: ${raw.slice(0, 80)}`
            : 'not CDX JSON: a row is neither an array nor an object';
      return;
    }
    this.sawRow = true;
    this.whole = null;
    if (Array.isArray(parsed.value)) this.arrayRow(parsed.value as unknown[]);
    else this.collector.add(parsed.value as Record<string, unknown>);
  }

  private readWhole(text: string): void {
    try {
      const rows = JSON.parse(text) as unknown;
      if (!Array.isArray(rows)) throw new Error('not an array');
      for (const row of rows as unknown[]) this.line(JSON.stringify(row));
    } catch {
      this.error = 'not CDX JSON';
    }
  }
}

/** A CDX parser for one answer (see `CdxParser`). */
export function createCdxParser(
  replayUrl: ReplayUrl,
  limit = MAX_CAPTURES,
): { push(chunk: string): void; end(): IndexResult } {
  return new CdxParser(replayUrl, limit);
}

/** A whole CDX answer at once. */
export function parseCdx(text: string, replayUrl: ReplayUrl, limit = MAX_CAPTURES): IndexResult {
  const parser = createCdxParser(replayUrl, limit);
  parser.push(text);
  return parser.end();
}
