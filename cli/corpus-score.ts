/**
 * `npm run corpus-score`: runs the extractor over the shared corpus (../shared/corpus/pages/*.json: real UNESCO
 * page texts with a careful human reading each) and prints a per-field score. The corpus is text only, so each
 * text is turned into the simplest HTML a page could have (a paragraph per line, list items for bullets, no
 * heading): a floor for what the extractor does on real markup.
 *
 *   npm run corpus-score [-- --corpus DIR] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { analysePage } from '../utils/analyse-page';
import type { EventRecord } from '../utils/event-record';
import { PROJECT_ROOT } from './browser';

type Truth = Record<string, unknown> & { title?: string | null; event_name?: string };
type CorpusPage = { id: string; source_url: string; text: string; truth: Truth; page_kind: string };

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const dir = resolve(values.corpus ?? join(PROJECT_ROOT, '..', 'shared', 'corpus', 'pages'));

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

type Field = {
  name: string;
  expected: (t: Truth) => unknown;
  actual: (r: EventRecord) => unknown;
  applies?: (t: Truth) => boolean;
};

const ev = (r: EventRecord) => r.event;
const FIELDS: Field[] = [
  {
    name: 'is an event',
    expected: (t) => t.start_date !== null && t.start_date !== undefined,
    actual: (r) => r.event !== null,
  },
  { name: 'title', expected: (t) => t.title, actual: (r) => ev(r)?.title ?? null, applies: (t) => t.title !== null },
  { name: 'start_date', expected: (t) => t.start_date ?? null, actual: (r) => ev(r)?.start.date ?? null },
  { name: 'end_date', expected: (t) => t.end_date ?? null, actual: (r) => ev(r)?.end.date ?? null },
  { name: 'start_time', expected: (t) => t.start_time ?? null, actual: (r) => ev(r)?.start.time ?? null },
  { name: 'end_time', expected: (t) => t.end_time ?? null, actual: (r) => ev(r)?.end.time ?? null },
  {
    name: 'iana_zone',
    expected: (t) => t.iana_zone ?? null,
    actual: (r) => (ev(r)?.start.time ? (ev(r)?.timeZone.iana ?? null) : null),
  },
  {
    name: 'utc_offset',
    expected: (t) => t.utc_offset_at_event ?? null,
    actual: (r) => (ev(r)?.start.time ? (ev(r)?.timeZone.offset ?? null) : null),
  },
  { name: 'online', expected: (t) => t.online ?? null, actual: (r) => ev(r)?.location.online ?? null },
  { name: 'attendance_mode', expected: (t) => t.attendance_mode ?? null, actual: (r) => ev(r)?.location.mode ?? null },
];

function main(): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const window = new Window({
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const scores = new Map<string, { right: number; total: number; misses: string[] }>(
    FIELDS.map((f) => [f.name, { right: 0, total: 0, misses: [] }]),
  );
  for (const file of files) {
    const page = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusPage;
    const doc = new window.DOMParser().parseFromString(textToHtml(page.text), 'text/html') as unknown as Document;
    const record = analysePage(doc, new URL(page.source_url));
    for (const field of FIELDS) {
      if (field.applies && !field.applies(page.truth)) continue;
      const score = scores.get(field.name);
      if (!score) continue;
      const expected = field.expected(page.truth);
      const actual = field.actual(record);
      const ok = field.name === 'title' ? actual === expected || actual === page.truth.event_name : actual === expected;
      score.total++;
      if (ok) score.right++;
      else score.misses.push(`${page.id}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }
  console.log(`Corpus: ${dir} (${files.length} pages, text only)`);
  let right = 0;
  let total = 0;
  for (const [name, s] of scores) {
    right += s.right;
    total += s.total;
    console.log(
      `${name.padEnd(16)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${((100 * s.right) / Math.max(1, s.total)).toFixed(0).padStart(4)}%`,
    );
    if (values.verbose) for (const miss of s.misses) console.log(`    ${miss}`);
  }
  console.log(
    `${'all fields'.padEnd(16)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${((100 * right) / Math.max(1, total)).toFixed(0).padStart(4)}%`,
  );
}

main();
