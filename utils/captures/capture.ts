/**
 * Other captures of a page, from the archives' indexes (CDX, TimeMaps): one typed list whatever the source
 * (docs/capture-indexes.md). Validated with zod where it crosses a boundary (storage, messages).
 */
import * as z from 'zod/mini';

/** The largest number of captures kept per archive and page; the index query asks for no more. */
export const MAX_CAPTURES = 10_000;

export const CaptureSchema = z.object({
  /** `yyyyMMddHHmmss`, UTC, always 14 digits. */
  timestamp: z.string().check(z.regex(/^\d{14}$/)),
  /** The replay address of this capture, in the archive it came from. */
  url: z.string().check(z.maxLength(4096), z.regex(/^https?:\/\//)),
  /** HTTP status the archive recorded (200, 301, 404…), `null` when the index does not say (TimeMaps). */
  status: z.nullable(z.number().check(z.int())),
});
export type Capture = z.infer<typeof CaptureSchema>;

export const CaptureListSchema = z.object({
  archiveId: z.string(),
  archiveName: z.string(),
  /** The original URL the index was asked about. */
  originalUrl: z.string(),
  /** Oldest first. */
  captures: z.array(CaptureSchema).check(z.maxLength(MAX_CAPTURES)),
  /** The index had more than `MAX_CAPTURES` (after collapsing identical content): the list is the oldest part. */
  truncated: z.boolean(),
  /** ISO instant of the query, for "as of" and the cache's age. */
  fetchedAt: z.string(),
});
export type CaptureList = z.infer<typeof CaptureListSchema>;

export const CaptureErrorSchema = z.discriminatedUnion('kind', [
  /** 429 (or 503 with Retry-After): the archive asks us to wait this many seconds. */
  z.object({ kind: z.literal('busy'), retryAfterSeconds: z.number().check(z.int(), z.nonnegative()) }),
  /** No answer in time. */
  z.object({ kind: z.literal('timeout'), seconds: z.number() }),
  /** Offline, DNS failure, refused connection, TLS error. */
  z.object({ kind: z.literal('unreachable'), detail: z.string().check(z.maxLength(300)) }),
  /** The archive answered with an HTTP error. */
  z.object({ kind: z.literal('http'), status: z.number().check(z.int()) }),
  /** An HTML page (a bot challenge, an error page) or garbage where the index format was expected. */
  z.object({ kind: z.literal('bad-response'), detail: z.string().check(z.maxLength(300)) }),
  /** The archive publishes no index Event Lens knows how to read (the Library of Congress, archive.today). */
  z.object({ kind: z.literal('no-index') }),
]);
export type CaptureError = z.infer<typeof CaptureErrorSchema>;

/** One archive's answer: its captures of the page, or why there are none to show. */
export const ArchiveCapturesSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), list: CaptureListSchema, cached: z.boolean() }),
  z.object({ ok: z.literal(false), archiveId: z.string(), archiveName: z.string(), error: CaptureErrorSchema }),
]);
export type ArchiveCaptures = z.infer<typeof ArchiveCapturesSchema>;

/** `2020`, `20201206` … → 14 digits (the earliest instant the prefix covers); `null` if not digits. */
export function padTimestamp(timestamp: string): string | null {
  if (!/^\d{4,14}$/.test(timestamp)) return null;
  return (timestamp + '00000101000000'.slice(timestamp.length)).slice(0, 14);
}

/** Milliseconds since the epoch of a 14-digit timestamp (UTC). */
export function timestampToMs(timestamp: string): number {
  return Date.UTC(
    Number(timestamp.slice(0, 4)),
    Number(timestamp.slice(4, 6)) - 1,
    Number(timestamp.slice(6, 8)),
    Number(timestamp.slice(8, 10)),
    Number(timestamp.slice(10, 12)),
    Number(timestamp.slice(12, 14)),
  );
}

/** A 14-digit timestamp for an instant. */
export function msToTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14);
}

/** A capture that replays the page itself: 2xx, or unknown (TimeMaps list only what replays). */
export function isGoodCapture(capture: Capture): boolean {
  return capture.status === null || (capture.status >= 200 && capture.status < 300);
}
