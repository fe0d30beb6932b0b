/**
 * Reads HTML pages out of WARC files (`.warc`, `.warc.gz`) as a stream with warcio: `response` records of
 * HTML, their `WARC-Target-URI` and `WARC-Date`, decoded with the charset the response or the page declares.
 * Records that are not HTML responses, or not from a UNESCO site (checked on the address, before the body is
 * read), are skipped cheaply. A damaged record or a truncated gzip member is counted, never fatal.
 */
import { createReadStream, statSync } from 'node:fs';
import { WARCParser } from 'warcio';
import { isUnescoHost } from '../utils/detect/unesco-site';

export type WarcPage = { source: string; url: string; capturedAt: string; html: string; bytes: number };

export type WarcStats = { records: number; bytes: number; htmlPages: number; skipped: number; bad: number };

const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/** The page's text: the charset from the response header, else from the first 2 KB of the page, else UTF-8. */
export function decodeHtml(body: Uint8Array, contentType: string | null): string {
  const declared =
    CHARSET.exec(contentType ?? '')?.[1] ?? CHARSET.exec(new TextDecoder('latin1').decode(body.slice(0, 2048)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** An ISO instant for a WARC-Date (`2020-12-06T07:20:20Z`, possibly with fractions), or `null`. */
function warcDateIso(value: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(value ?? '');
  return m ? `${m[1]}Z` : null;
}

export async function* warcPages(file: string, stats: WarcStats): AsyncGenerator<WarcPage> {
  const size = statSync(file).size;
  // Read in 1 MB chunks (not the default 64 KB): fewer trips through the event loop, about a tenth faster.
  const parser = new WARCParser(createReadStream(file, { highWaterMark: 1 << 20 }));
  const records = parser[Symbol.asyncIterator]();
  let end = 0;
  for (;;) {
    let record;
    try {
      const next = await records.next();
      if (next.done) break;
      record = next.value;
    } catch {
      // A truncated gzip member or a broken record header: the stream cannot be followed past it.
      stats.bad++;
      break;
    }
    stats.records++;
    try {
      const url = record.warcTargetURI;
      if (record.warcType !== 'response' || !url) {
        stats.skipped++;
        continue;
      }
      let host: string;
      try {
        host = new URL(url).hostname;
      } catch {
        stats.skipped++;
        continue;
      }
      const status = Number(record.httpHeaders?.statusCode ?? NaN);
      if (!Number.isInteger(status) || status < 100 || status > 599) {
        // A response record whose payload is not an HTTP response.
        stats.bad++;
        continue;
      }
      const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
      if (!isUnescoHost(host) || status < 200 || status >= 300 || !/html/i.test(contentType ?? '')) {
        stats.skipped++;
        continue;
      }
      const capturedAt = warcDateIso(record.warcDate);
      if (!capturedAt) {
        stats.bad++;
        continue;
      }
      const body = await record.readFully(true);
      stats.htmlPages++;
      yield {
        source: `${file}@${parser.offset}`,
        url,
        capturedAt,
        html: decodeHtml(body, contentType),
        bytes: body.length,
      };
    } catch {
      stats.bad++;
    } finally {
      end = Math.max(end, parser.offset + parser.recordLength);
    }
  }
  // Bytes left that no record accounts for: a truncated gzip member or record at the end.
  if (end < size) stats.bad++;
  stats.bytes += size;
}
