/**
 * What a crawler's record is to batch mode (docs/warc-and-arc.md, "What is read"): an HTML page of a UNESCO site
 * (a `response` with a 2xx HTML answer, or a `resource` of HTML), a revisit of one, or something skipped with its
 * reason. Records of other sites cost only their header: their blocks are never kept.
 */
import { isUnescoHost } from '../detect/unesco-site';
import { warcDateIso, type RecordHead } from './archive-records';
import type { SkipReason } from './capture-rows';
import { decodeBody, decodeHtml, parseHttpHead } from './http-payload';

/** The most a page may weigh, as stored and once decoded; a record over it is skipped, counted, and noted. */
export const MAX_PAGE_BYTES = 16 << 20;
/** Room for an HTTP status line and headers before the body. */
const HEAD_ROOM = 64 * 1024;

export type CrawlRecord =
  | { kind: 'page'; url: string; capturedAt: string; html: string }
  | {
      kind: 'revisit';
      url: string;
      capturedAt: string;
      refersTo: { recordId: string | null; url: string | null; date: string | null; digest: string | null };
    }
  | { kind: 'skipped'; reason: SkipReason; note?: string }
  | { kind: 'damaged'; reason: string };

const CAPTURES = new Set(['response', 'resource', 'revisit']);

/** The address of a capture of a UNESCO site, or why the record is not one. */
function unescoAddress(head: RecordHead): URL | SkipReason {
  if (!CAPTURES.has(head.type) || !head.targetUri || !URL.canParse(head.targetUri)) return 'not-a-capture';
  const url = new URL(head.targetUri);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not-a-capture';
  return isUnescoHost(url.hostname) ? url : 'other-site';
}

/** How much of a record's block to keep: a page's worth for a UNESCO capture, the HTTP head of a revisit, else none. */
export function blockWanted(head: RecordHead, maxPageBytes = MAX_PAGE_BYTES): number {
  if (typeof unescoAddress(head) === 'string') return 0;
  return head.type === 'revisit' ? HEAD_ROOM : maxPageBytes + HEAD_ROOM;
}

const isHtml = (contentType: string | undefined) => /\bx?html\b/i.test(contentType ?? '');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads a record whose block was kept as `blockWanted` asked. */
export function readCrawlRecord(head: RecordHead, block: Buffer | null, maxPageBytes = MAX_PAGE_BYTES): CrawlRecord {
  const url = unescoAddress(head);
  if (typeof url === 'string') return { kind: 'skipped', reason: url };
  // WARC-Date (and an ARC header line's date) is mandatory: a record without one is not what the format says.
  if (!head.date) return { kind: 'damaged', reason: 'record without a readable date' };
  const http = block && head.type !== 'resource' ? parseHttpHead(block) : null;
  if (head.type === 'revisit') {
    if (http && (http.status < 200 || http.status > 299)) return { kind: 'skipped', reason: 'not-2xx' };
    const type = http?.headers.get('content-type');
    if (type !== undefined && !isHtml(type)) return { kind: 'skipped', reason: 'not-html' };
    const { fields } = head;
    return {
      kind: 'revisit',
      url: url.href,
      capturedAt: head.date,
      refersTo: {
        recordId: fields.get('warc-refers-to') ?? null,
        url: fields.get('warc-refers-to-target-uri') ?? null,
        date: warcDateIso(fields.get('warc-refers-to-date')),
        digest: fields.get('warc-payload-digest') ?? null,
      },
    };
  }
  if (head.type === 'response' && !http) {
    return { kind: 'damaged', reason: 'a response whose block is not an HTTP response' };
  }
  if (http && (http.status < 200 || http.status > 299)) return { kind: 'skipped', reason: 'not-2xx' };
  const contentType = http ? http.headers.get('content-type') : head.fields.get('content-type');
  if (!isHtml(contentType)) return { kind: 'skipped', reason: 'not-html' };
  const bodyStart = http?.bodyStart ?? 0;
  const stored = head.length - bodyStart;
  const over = (size: string) => ({
    kind: 'skipped' as const,
    reason: 'over-size-cap' as const,
    note: `${url.href}: ${size}, over the ${megabytes(maxPageBytes)} cap`,
  });
  if (stored > maxPageBytes) return over(megabytes(stored));
  const body = decodeBody((block ?? Buffer.alloc(0)).subarray(bodyStart), http?.headers ?? new Map(), maxPageBytes);
  if (!body.ok) {
    return body.reason === 'over-size-cap'
      ? over('more once decompressed')
      : { kind: 'skipped', reason: 'undecodable', note: `${url.href}: the body cannot be decoded` };
  }
  return { kind: 'page', url: url.href, capturedAt: head.date, html: decodeHtml(body.body, contentType ?? null) };
}
