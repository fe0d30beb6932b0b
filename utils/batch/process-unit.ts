/**
 * One unit of batch work (a whole file, or a byte range of a large WARC or ARC file) to its rows: a capture row per
 * page read, a revisit row per revisit of a UNESCO page, a failed row for an input that is not a page or a crawl,
 * and the unit's counts. What runs in a worker thread; it never throws for what a file holds.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { readArchive, type ArchiveKind } from './archive-file';
import { MAX_NOTES, emptyStats, type SkipReason, type UnitRow, type UnitStats } from './capture-rows';
import { blockWanted, MAX_PAGE_BYTES, readCrawlRecord } from './crawl-record';
import { decodeHtml } from './http-payload';
import { classifyInput } from './inputs';
import { readCapturedPage, readSavedPage } from './read-page';
import type { WorkUnit } from './work-plan';

export type UnitOptions = {
  /** The address of saved HTML files that do not say theirs. */
  url?: string;
  /** The cap on a page, stored or decoded (default `MAX_PAGE_BYTES`). */
  maxPageBytes?: number;
};

export type UnitProgress = { bytes: number; records: number; pages: number };
export type UnitResult = { rows: UnitRow[]; stats: UnitStats };

function skip(stats: UnitStats, reason: SkipReason, note?: string): void {
  stats.skipped[reason] = (stats.skipped[reason] ?? 0) + 1;
  if (note && stats.notes.length < MAX_NOTES) stats.notes.push(`skipped: ${note}`);
}

function readStart(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(limit);
    return buf.subarray(0, readSync(fd, buf, 0, limit, 0));
  } finally {
    closeSync(fd);
  }
}

function savedPage(unit: WorkUnit, options: UnitOptions, stats: UnitStats): UnitRow[] {
  const cap = options.maxPageBytes ?? MAX_PAGE_BYTES;
  // Read with a limit: a file that grew since it was listed is capped all the same.
  const bytes = readStart(unit.path, cap + 1);
  if (bytes.length > cap) {
    skip(stats, 'over-size-cap', `${unit.path}: over the ${(cap / 1024 / 1024).toFixed(1)} MB cap`);
    return [];
  }
  const read = readSavedPage(decodeHtml(bytes, null), unit.path, options.url);
  if (read.ok) {
    stats.pages++;
    return [{ kind: 'capture', source: unit.path, from: 'file', recordId: null, digest: null, record: read.record }];
  }
  if ('failed' in read) return [{ kind: 'failed', input: unit.path, reason: read.failed }];
  skip(stats, read.skipped, read.note);
  return [];
}

async function crawlPages(
  unit: WorkUnit,
  kind: ArchiveKind,
  options: UnitOptions,
  stats: UnitStats,
  progress: (p: UnitProgress) => void,
): Promise<UnitRow[]> {
  const rows: UnitRow[] = [];
  const cap = options.maxPageBytes ?? MAX_PAGE_BYTES;
  const file = basename(unit.path);
  const noteDamage = (offset: number, reason: string) => {
    stats.damaged++;
    if (stats.notes.length < MAX_NOTES) stats.notes.push(`damaged: ${unit.path}@${offset}: ${reason}`);
  };
  for await (const item of readArchive(unit.path, kind, unit, (head) => blockWanted(head, cap))) {
    if (item.kind === 'damage') {
      noteDamage(item.offset, item.reason);
      continue;
    }
    stats.records++;
    const source = `${unit.path}@${item.offset}${item.index > 0 ? `#${item.index}` : ''}`;
    const read = readCrawlRecord(item.head, item.block, cap);
    if (read.kind === 'skipped') skip(stats, read.reason, read.note && `${source} ${read.note}`);
    else if (read.kind === 'damaged') noteDamage(item.offset, read.reason);
    else if (read.kind === 'revisit') {
      stats.revisits++;
      rows.push({ kind: 'revisit', source, url: read.url, capturedAt: read.capturedAt, refersTo: read.refersTo });
    } else {
      const capture = {
        capturedAt: read.capturedAt,
        capturedAtSource: `${kind.format}-date`,
        archive: { id: kind.format, name: file },
      };
      const page = readCapturedPage(read.html, read.url, capture);
      if (!page.ok) {
        if ('skipped' in page) skip(stats, page.skipped, `${source} ${page.note}`);
        continue;
      }
      stats.pages++;
      const fields = item.head.fields;
      rows.push({
        kind: 'capture',
        source,
        from: kind.format,
        recordId: fields.get('warc-record-id') ?? null,
        digest: fields.get('warc-payload-digest') ?? null,
        record: page.record,
      });
    }
    progress({ bytes: Math.max(0, item.offset - unit.start), records: stats.records, pages: stats.pages });
  }
  return rows;
}

/** What each file is, once per file in this thread: a large file is many units. */
const kinds = new Map<string, ReturnType<typeof classifyInput>>();

function kindOf(unit: WorkUnit): ReturnType<typeof classifyInput> {
  const key = `${unit.path}|${unit.size}|${unit.mtimeMs}`;
  const known = kinds.get(key);
  if (known) return known;
  const kind = classifyInput(unit.path);
  if (kinds.size > 10_000) kinds.clear();
  kinds.set(key, kind);
  return kind;
}

/** Reads one unit of work. */
export async function processUnit(
  unit: WorkUnit,
  options: UnitOptions,
  progress: (p: UnitProgress) => void = () => undefined,
): Promise<UnitResult> {
  const stats = emptyStats();
  stats.files = unit.start === 0 ? 1 : 0;
  stats.bytes = unit.end - unit.start;
  const kind = kindOf(unit);
  if (kind.kind === 'failed') {
    // Said once, by the unit the file begins with.
    return { rows: unit.start === 0 ? [{ kind: 'failed', input: unit.path, reason: kind.reason }] : [], stats };
  }
  const rows =
    kind.kind === 'html' ? savedPage(unit, options, stats) : await crawlPages(unit, kind, options, stats, progress);
  return { rows, stats };
}
