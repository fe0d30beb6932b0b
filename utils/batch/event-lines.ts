/**
 * The output of a batch run, in the format asked for. JSON Lines and JSON give one object per line, the same shape
 * for a saved HTML file and a page out of a crawl: `{page, event, noEvent, seenIn, sources}`. CSV gives one row
 * per event (utils/library/events-csv.ts, with the capture dates it was seen in); ICS one calendar of them all;
 * BibTeX (BibLaTeX `@online`), RIS and CSL-JSON a citation of each event's page (utils/citation/), accessed on the
 * day of the run.
 */
import { buildIcsCalendar } from '../calendar/build-ics';
import { citeRecords, type CitationFileFormat } from '../citation/cite';
import { eventsCsv } from '../library/events-csv';
import type { SeenEvent } from './collect-events';

export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'ics', 'bibtex', 'ris', 'csl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(text: string): text is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(text);
}

export function eventLine(e: SeenEvent): object {
  const { page, event, noEvent } = e.record;
  return { page, event, noEvent, seenIn: e.seenIn, sources: e.sources };
}

/**
 * The output as pieces of text, to write one after the other. `single`: one saved page was asked for, and JSON
 * gives its object rather than a list of one.
 */
/** The command's citation formats, by the name the citation module gives them. */
const CITATION_FORMATS: Partial<Record<OutputFormat, CitationFileFormat>> = {
  bibtex: 'bibtex',
  ris: 'ris',
  csl: 'csl-json',
};

export async function* formatEvents(
  events: readonly SeenEvent[],
  format: OutputFormat,
  { single = false, now = new Date() }: { single?: boolean; now?: Date } = {},
): AsyncGenerator<string> {
  const citation = CITATION_FORMATS[format];
  if (citation) {
    const cited = events.filter((e) => e.record.event).map((e) => ({ record: e.record, accessedMs: now.getTime() }));
    yield await citeRecords(cited, citation, 'en');
  } else if (format === 'jsonl') {
    for (const e of events) yield `${JSON.stringify(eventLine(e))}\n`;
  } else if (format === 'json') {
    const lines = events.map(eventLine);
    yield `${JSON.stringify(single && lines.length === 1 ? lines[0] : lines, null, 2)}\n`;
  } else if (format === 'csv') {
    const withEvent = events.filter((e) => e.record.event);
    yield eventsCsv(
      withEvent.map((e) => e.record),
      withEvent.map((e) => e.seenIn),
    );
  } else {
    yield buildIcsCalendar(
      events.map((e) => e.record),
      now,
      'Event Lens: events',
    );
  }
}
