/**
 * How batch work is cut up (docs/batch-at-scale.md, "Shards and units"): the inputs, laid end to end, are split
 * into `N` shares of equal bytes (`--shard I/N`), and each share into units a worker reads in one go. A WARC or ARC
 * file larger than a unit is split by byte range: a range reads the records that start in it, so ranges side by
 * side read each record once. Other files go whole to the share their first byte falls in. The plan depends only
 * on the inputs and `N`: every array task computes the same one, and a restarted run finds the same units.
 */
import type { InputFile } from './inputs';

export type Shard = { index: number; count: number };

/** `[start, end)` of one file. */
export type WorkUnit = { path: string; start: number; end: number; size: number; mtimeMs: number };

const MB = 1 << 20;

/** Units of about 1/64 of the whole, between 256 KB and 64 MB: enough units to keep every worker busy to the end. */
export function unitBytesFor(total: number): number {
  const quarter = MB / 4;
  return Math.min(64 * MB, Math.max(quarter, Math.ceil(total / 64 / quarter) * quarter));
}

/** Parses `I/N` (0 ≤ I < N); `null` if it is not that. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return null;
  const shard = { index: Number(m[1]), count: Number(m[2]) };
  return shard.count >= 1 && shard.index < shard.count ? shard : null;
}

/**
 * The units of `shard`. `splittable(file)` says whether a file larger than a unit may be split (a WARC or ARC
 * file); `unitBytes` overrides the unit size (tests use small ones to split small files).
 */
export function planUnits(
  files: readonly InputFile[],
  shard: Shard,
  splittable: (file: InputFile) => boolean,
  unitBytes?: number,
): WorkUnit[] {
  const total = files.reduce((n, f) => n + f.size, 0);
  const unit = unitBytes ?? unitBytesFor(total);
  const bound = (i: number) => Math.floor((total * i) / shard.count);
  const [lo, hi] = [bound(shard.index), bound(shard.index + 1)];
  // The share a byte belongs to; the end of the whole belongs to the last share.
  const owns = (at: number) => (at >= lo && at < hi) || (at === total && shard.index === shard.count - 1);
  const units: WorkUnit[] = [];
  let at = 0;
  for (const file of files) {
    const whole = { path: file.path, size: file.size, mtimeMs: file.mtimeMs };
    if (file.size <= unit || !splittable(file)) {
      if (owns(at)) units.push({ ...whole, start: 0, end: file.size });
    } else {
      const from = Math.max(lo - at, 0);
      const to = Math.min(hi - at, file.size);
      for (let start = from; start < to;) {
        const end = Math.min(to, (Math.floor(start / unit) + 1) * unit);
        units.push({ ...whole, start, end });
        start = end;
      }
    }
    at += file.size;
  }
  return units;
}

/** A unit's name in the restart journal: the same input, range and size. */
export function unitId(unit: WorkUnit): string {
  return `${unit.path}|${unit.start}|${unit.end}|${unit.size}`;
}
