/**
 * Asks one archive's index for the captures of a URL. Pure apart from the injected `fetch`: every failure
 * is a typed `CaptureError` (busy with its Retry-After, timeout, unreachable, HTTP error, a page that is not
 * an index), never a throw. The body is read as a stream and parsed as it comes, under one deadline that
 * also covers a server that sends slowly.
 */
import { errorText } from '../common/error-text';
import { deadline } from '../common/deadline';
import type { ArchiveCaptures, CaptureError } from './capture';
import type { CaptureSource } from './capture-sources';
import { createCdxParser } from './parse-cdx';
import { parseLinkTimeMap, type IndexResult } from './parse-index';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type FetchCapturesOptions = {
  fetch: FetchLike;
  /** The whole request, body included. */
  timeoutMs?: number;
  now?: Date;
  /** Stops the request early (the popup closed). */
  signal?: AbortSignal;
};

/** Seconds to wait after a 429 when the archive does not say (then doubled by the caller's backoff). */
export const DEFAULT_RETRY_AFTER_S = 60;
/** A TimeMap larger than this is not read further (10,000 link-format entries are about 2 MB). */
const MAX_TIMEMAP_BYTES = 8 * 1024 * 1024;

/** `Retry-After` as seconds from `now`: delta-seconds or an HTTP date (RFC 9110 10.2.3). */
export function retryAfterSeconds(header: string | null, now: Date): number {
  if (header === null) return DEFAULT_RETRY_AFTER_S;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), 24 * 3600);
  const m = /^\w{3}, (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(trimmed);
  if (!m) return DEFAULT_RETRY_AFTER_S;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(
    m[2] ?? '',
  );
  if (month < 0) return DEFAULT_RETRY_AFTER_S;
  const at = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Math.max(0, Math.min(Math.ceil((at - now.getTime()) / 1000), 24 * 3600));
}

async function readBody(response: Response, onText: (chunk: string) => boolean): Promise<void> {
  if (!response.body) {
    onText(await response.text());
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!onText(decoder.decode(value, { stream: true }))) {
      await reader.cancel();
      return;
    }
  }
  onText(decoder.decode());
}

async function parseResponse(source: CaptureSource, response: Response): Promise<IndexResult> {
  if (source.format === 'cdx') {
    const parser = createCdxParser(source.replayUrl);
    await readBody(response, (chunk) => {
      parser.push(chunk);
      return true;
    });
    return parser.end();
  }
  let text = '';
  await readBody(response, (chunk) => {
    text += chunk;
    return text.length < MAX_TIMEMAP_BYTES;
  });
  return parseLinkTimeMap(text);
}

function failure(source: CaptureSource, error: CaptureError): ArchiveCaptures {
  return { ok: false, archiveId: source.archiveId, archiveName: source.archiveName, error };
}

export async function fetchCaptures(
  source: CaptureSource,
  originalUrl: string,
  options: FetchCapturesOptions,
): Promise<ArchiveCaptures> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const now = options.now ?? new Date();
  const limit = deadline(timeoutMs, options.signal);
  const { signal } = limit;
  try {
    const response = await options.fetch(source.queryUrl(originalUrl), {
      signal,
      credentials: 'omit',
      redirect: 'follow',
      headers: { Accept: source.format === 'cdx' ? 'application/json' : 'application/link-format' },
    });
    if (response.status === 429 || (response.status === 503 && response.headers.has('retry-after'))) {
      await response.body?.cancel();
      return failure(source, {
        kind: 'busy',
        retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after'), now),
      });
    }
    // RFC 7089: the TimeMap of a URL with no captures is a 404. A CDX server answers an empty list instead.
    const noCaptures = source.format === 'timemap-link' && response.status === 404;
    if (!response.ok && !noCaptures) {
      await response.body?.cancel();
      return failure(source, { kind: 'http', status: response.status });
    }
    const parsed: IndexResult = noCaptures
      ? { ok: true, captures: [], truncated: false }
      : await parseResponse(source, response);
    if (!parsed.ok) return failure(source, { kind: 'bad-response', detail: parsed.detail.slice(0, 300) });
    return {
      ok: true,
      cached: false,
      list: {
        archiveId: source.archiveId,
        archiveName: source.archiveName,
        originalUrl,
        captures: parsed.captures,
        truncated: parsed.truncated,
        fetchedAt: now.toISOString(),
      },
    };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (limit.timedOut() || name === 'TimeoutError') {
      return failure(source, { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) });
    }
    const detail = errorText(err);
    return failure(source, { kind: 'unreachable', detail: detail.slice(0, 300) });
  }
}
