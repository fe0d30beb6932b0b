/**
 * The rows batch mode works in (docs/batch-at-scale.md, "Shard files"): one per capture read (the record, with where
 * it came from), one per revisit, one per input that could not be read, and each unit of work's counts. A worker
 * hands them to the main thread; `extract --shard` writes them as JSON Lines, and `merge` reads them back through
 * this schema: a shard file is a boundary like any other.
 */
import * as z from 'zod/mini';
import { EventRecordSchema } from '../event-record';

/** Why a record or a page was not read, each counted. */
export const SKIP_REASONS = {
  'other-site': 'of other sites',
  'not-a-capture': 'not captures (warcinfo, request, metadata…)',
  'not-html': 'not HTML',
  'not-2xx': 'not a success (redirects, errors)',
  'over-size-cap': 'over the size cap',
  'too-deep': 'nested too deeply',
  'too-many-elements': 'with too many elements',
  undecodable: 'with a body that cannot be decoded',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;
const SkipReasonSchema = z.enum(Object.keys(SKIP_REASONS) as [SkipReason, ...SkipReason[]]);

const count = () => z.int().check(z.gte(0));

export const CaptureRowSchema = z.object({
  kind: z.literal('capture'),
  /** `file@offset` for a record (`#n` for the n-th of a gzip member holding several), the path for an HTML file. */
  source: z.string(),
  from: z.enum(['file', 'warc', 'arc']),
  /** The record's WARC-Record-ID and payload digest, for the revisits that point at it. */
  recordId: z.nullable(z.string()),
  digest: z.nullable(z.string()),
  record: EventRecordSchema,
});

export const RevisitRowSchema = z.object({
  kind: z.literal('revisit'),
  source: z.string(),
  url: z.string(),
  capturedAt: z.string(),
  /** What the revisit says of the capture it repeats. */
  refersTo: z.object({
    recordId: z.nullable(z.string()),
    url: z.nullable(z.string()),
    date: z.nullable(z.string()),
    digest: z.nullable(z.string()),
  }),
});

export const FailedRowSchema = z.object({ kind: z.literal('failed'), input: z.string(), reason: z.string() });

export const UnitStatsSchema = z.object({
  /** Input files begun in this unit (a file split in several units counts in its first). */
  files: count(),
  bytes: count(),
  records: count(),
  pages: count(),
  revisits: count(),
  damaged: count(),
  skipped: z.partialRecord(SkipReasonSchema, count()),
  /** What was skipped for a cap, or damaged, one line each, the first few. */
  notes: z.array(z.string()),
});

/** A unit's counts, with the input it read (for the per-file lines of the summary). */
export const StatsRowSchema = z.object({ kind: z.literal('stats'), input: z.string(), stats: UnitStatsSchema });

/** The first line of a shard file: what it is, and which share of the inputs it holds. */
export const HeaderRowSchema = z.object({
  kind: z.literal('header'),
  format: z.literal('event-lens-rows'),
  version: z.literal(1),
  shard: z.object({ index: count(), count: count() }),
});

/** The last line: the shard file is whole. */
export const EndRowSchema = z.object({ kind: z.literal('end'), units: count() });

export const RowSchema = z.discriminatedUnion('kind', [
  CaptureRowSchema,
  RevisitRowSchema,
  FailedRowSchema,
  StatsRowSchema,
  HeaderRowSchema,
  EndRowSchema,
]);

export type CaptureRow = z.infer<typeof CaptureRowSchema>;
export type RevisitRow = z.infer<typeof RevisitRowSchema>;
export type FailedRow = z.infer<typeof FailedRowSchema>;
export type UnitStats = z.infer<typeof UnitStatsSchema>;
export type Row = z.infer<typeof RowSchema>;
/** What a unit of work gives. */
export type UnitRow = CaptureRow | RevisitRow | FailedRow;

export const MAX_NOTES = 20;

export function emptyStats(): UnitStats {
  return { files: 0, bytes: 0, records: 0, pages: 0, revisits: 0, damaged: 0, skipped: {}, notes: [] };
}

/** Adds `b` into `a`. */
export function addStats(a: UnitStats, b: UnitStats): void {
  a.files += b.files;
  a.bytes += b.bytes;
  a.records += b.records;
  a.pages += b.pages;
  a.revisits += b.revisits;
  a.damaged += b.damaged;
  for (const [reason, n] of Object.entries(b.skipped) as [SkipReason, number][]) {
    a.skipped[reason] = (a.skipped[reason] ?? 0) + n;
  }
  for (const note of b.notes) if (a.notes.length < MAX_NOTES) a.notes.push(note);
}
