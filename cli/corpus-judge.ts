/**
 * How a record is judged against the corpus's human reading of a page (docs/extraction.md, "Scoring"), field by
 * field. Used by `npm run corpus-score` and by the test that keeps the score from falling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { analysePage } from '../utils/page/analyse-page';
import type { EventRecord } from '../utils/event-record';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph per line, bullets as list items: the text as the simplest page would carry it. */
export function textToHtml(text: string): string {
  const body = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      /^[•·]\s*/.test(line) ? `<ul><li>${escape(line.replace(/^[•·]\s*/, ''))}</li></ul>` : `<p>${escape(line)}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main>\n${body}\n</main></body></html>`;
}

export type Truth = Record<string, unknown> & {
  title?: string | null;
  event_name?: string;
  acceptable_alternatives?: Record<string, unknown> | Record<string, unknown>[];
};
export type CorpusPage = {
  id: string;
  source_url: string;
  mirror_of?: string;
  text: string;
  truth: Truth;
  page_kind: string;
};

export type CorpusField = {
  name: string;
  /** The corpus's key for the field (`is an event` has none: it is read from `start_date`). */
  key: string | null;
  actual: (r: EventRecord) => unknown;
  /** Whether the field is judged on this page at all. */
  applies?: (t: Truth) => boolean;
};

const ev = (r: EventRecord) => r.event;
const timed = (r: EventRecord) => ev(r)?.start.time !== null && ev(r)?.start.time !== undefined;

export const CORPUS_FIELDS: CorpusField[] = [
  { name: 'is an event', key: null, actual: (r) => r.event !== null },
  { name: 'title', key: 'title', actual: (r) => ev(r)?.title ?? null, applies: (t) => t.title !== null },
  { name: 'start_date', key: 'start_date', actual: (r) => ev(r)?.start.date ?? null },
  { name: 'end_date', key: 'end_date', actual: (r) => ev(r)?.end.date ?? null },
  { name: 'start_time', key: 'start_time', actual: (r) => ev(r)?.start.time ?? null },
  { name: 'end_time', key: 'end_time', actual: (r) => ev(r)?.end.time ?? null },
  { name: 'iana_zone', key: 'iana_zone', actual: (r) => (timed(r) ? (ev(r)?.timeZone.iana ?? null) : null) },
  {
    name: 'utc_offset',
    key: 'utc_offset_at_event',
    actual: (r) => (timed(r) ? (ev(r)?.timeZone.offset ?? null) : null),
  },
  { name: 'location', key: 'location', actual: (r) => ev(r)?.location.text ?? null },
  { name: 'online', key: 'online', actual: (r) => ev(r)?.location.online ?? null },
  { name: 'attendance_mode', key: 'attendance_mode', actual: (r) => ev(r)?.location.mode ?? null },
];

/** Every reading the corpus accepts for `key`: the truth's own and its alternatives'. */
function acceptedValues(truth: Truth, key: string): unknown[] {
  const values: unknown[] = [truth[key] ?? null];
  const alternatives = truth.acceptable_alternatives;
  const list = Array.isArray(alternatives) ? alternatives : alternatives ? [alternatives] : [];
  for (const alt of list) {
    if (!(key in alt)) continue;
    const value = alt[key];
    // A per-field alternative lists values; a whole alternative reading gives one.
    if (Array.isArray(value) && !('page_kind' in alt)) values.push(...(value as unknown[]));
    else values.push(value ?? null);
  }
  return values;
}

/** Whether a whole alternative reading says the page holds an event. */
function alternativeHasEvent(truth: Truth): boolean {
  const alternatives = truth.acceptable_alternatives;
  const list = Array.isArray(alternatives) ? alternatives : alternatives ? [alternatives] : [];
  return list.some((alt) => 'page_kind' in alt && typeof alt.start_date === 'string');
}

/** Places compared as a reader would: no case, accents, punctuation or leading article. */
export function normalisePlace(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(?:the|la|le|les|el|l')\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function samePlace(expected: unknown, actual: unknown, record: EventRecord): boolean {
  const online = record.event?.location.mode === 'online';
  const none = (v: unknown) => v === null || (typeof v === 'string' && normalisePlace(v) === 'online');
  // An online event that names no place may say so in words or not at all; a reading that describes the place
  // as online ("online (Zoom); the 'Where' field says …") is the same.
  if (online && none(actual) && (none(expected) || (typeof expected === 'string' && /^online\b/i.test(expected))))
    return true;
  if (typeof expected !== 'string' || typeof actual !== 'string') return expected === actual;
  return normalisePlace(expected) === normalisePlace(actual);
}

export type Verdict = { ok: boolean; expected: string; actual: string };

/** The verdict on one field of one page, or `null` when the field is not judged there. */
export function judgeField(field: CorpusField, page: CorpusPage, record: EventRecord): Verdict | null {
  const truth = page.truth;
  if (field.applies && !field.applies(truth)) return null;
  const actual = field.actual(record);
  let accepted: unknown[];
  if (field.key === null) {
    accepted = [truth.start_date !== null && truth.start_date !== undefined];
    if (alternativeHasEvent(truth)) accepted.push(true);
  } else {
    accepted = acceptedValues(truth, field.key);
    if (field.key === 'title' && typeof truth.event_name === 'string') accepted.push(truth.event_name);
  }
  const ok =
    field.key === 'location'
      ? accepted.some((v) => samePlace(v, actual, record))
      : accepted.some((v) => JSON.stringify(v) === JSON.stringify(actual));
  return { ok, expected: accepted.map((v) => JSON.stringify(v)).join(' or '), actual: JSON.stringify(actual) };
}

export type Tally = { right: number; total: number; misses: string[] };
export type CorpusGroup = 'all' | 'first sample' | 'second pass';

/** Every page of the corpus in `dir` read and judged, field by field, for all pages and each sample apart. */
export function scoreCorpus(dir: string): { files: number; scores: Map<CorpusGroup, Map<string, Tally>> } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const window = new Window({
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const groups: CorpusGroup[] = ['all', 'first sample', 'second pass'];
  const scores = new Map<CorpusGroup, Map<string, Tally>>(
    groups.map((g) => [g, new Map(CORPUS_FIELDS.map((f) => [f.name, { right: 0, total: 0, misses: [] }]))]),
  );
  for (const file of files) {
    const page = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusPage;
    const doc = new window.DOMParser().parseFromString(textToHtml(page.text), 'text/html') as unknown as Document;
    const record = analysePage(doc, new URL(page.mirror_of ?? page.source_url));
    const group: CorpusGroup = /^[A-Z]/.test(page.id) ? 'second pass' : 'first sample';
    for (const field of CORPUS_FIELDS) {
      const verdict = judgeField(field, page, record);
      if (verdict === null) continue;
      for (const g of ['all', group] as const) {
        const tally = scores.get(g)?.get(field.name);
        if (!tally) continue;
        tally.total++;
        if (verdict.ok) tally.right++;
        else if (g === 'all') tally.misses.push(`${page.id}: expected ${verdict.expected}, got ${verdict.actual}`);
      }
    }
  }
  return { files: files.length, scores };
}
