/**
 * Citation keys (BibTeX keys, RIS `ID`, CSL `id`): short, readable, ASCII, and unique within one export, so a
 * bibliography of many UNESCO pages of one year does not repeat `UNESCO2020`.
 */
import type { EventRecord } from '../event-record';

/** Words too common to name an item by. */
const SKIP = new Set(['unesco', 'the', 'and', 'for', 'des', 'les', 'del', 'los', 'las', 'une', 'with', 'from']);

function keyWord(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.find((w) => w.length >= 3 && !SKIP.has(w)) ?? 'page';
}

/** `uil2020learning`: the site's own name (its first label), the capture's year (else the event's), a word. */
function baseKey(record: EventRecord): string {
  const host = record.page.site.toLowerCase().replace(/^www\./, '');
  const first = host.split('.')[0] ?? '';
  // en.unesco.org, fr.unesco.org: UNESCO's own; uil.unesco.org: the institute's; iode.org: its own name.
  const site = host === 'unesco.org' || (host.endsWith('.unesco.org') && first.length === 2) ? 'unesco' : first;
  const year =
    record.page.capturedAt?.slice(0, 4) ??
    record.page.captureTimestamp?.slice(0, 4) ??
    record.event?.start.date.slice(0, 4);
  return `${site.replace(/[^a-z0-9]/g, '')}${year ?? ''}${keyWord(record.event?.title ?? record.page.title ?? '')}`;
}

/** One key per record, in order; a repeated key gets `b`, `c`, … (the first keeps it bare). */
export function citationKeys(records: readonly EventRecord[]): string[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const base = baseKey(record);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}${suffix(n)}`;
  });
}

/** 1 → `b`, 25 → `z`, 26 → `ba`…: letters, as BibTeX keys for the same author and year are told apart. */
function suffix(n: number): string {
  let rest = n;
  let out = '';
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
}
