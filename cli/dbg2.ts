import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { textToHtml } from './corpus-judge';
import { readEventPage } from '../utils/extract/event-page-text';
import { readTitle } from '../utils/extract/fields/title';
import { collectBodyReadings, readPageDate } from '../utils/extract/date-readings';
import { readListing } from '../utils/extract/listing';
import { findLabelled, LABELS } from '../utils/extract/fields/labelled';
const id = process.argv[2];
const page = JSON.parse(readFileSync(`/work/shared/corpus/pages/${id}.json`, 'utf8'));
const w = new Window();
const doc = new w.DOMParser().parseFromString(textToHtml(page.text), 'text/html') as unknown as Document;
const p = readEventPage(doc)!;
const title = readTitle(doc, p.root, p.lines);
console.log('TITLE', title);
p.lines.slice(0, 30).forEach((l, i) => console.log(i, l.slice(0, 140)));
const pd = readPageDate(p.lines, title?.index ?? -1);
console.log('PAGEDATE', pd);
console.log('LABELLED', findLabelled(p.lines, LABELS.date));
console.log(
  'LISTING',
  JSON.stringify(
    readListing(p.lines, { titleIndex: title?.index ?? -1, title: title?.title ?? null, eventPath: true })?.items.map(
      (i) => [i.title, i.dates.line],
    ),
  ),
);
for (const r of collectBodyReadings(
  { lines: p.lines, titleIndex: title?.index ?? -1, title: title?.title ?? null, eventPath: false, captureDate: null },
  pd,
))
  console.log(r.score, r.origin, r.rule, r.index, r.span.text, JSON.stringify(r.evidence), r.text.slice(0, 100));
