/**
 * A record as a CSL-JSON item (CSL 1.0.2, the Citation Style Language's data schema): what every citation
 * format is made from. docs/citations.md says what is cited and why.
 */
import { DateTime } from 'luxon';
import type { EventDetails, EventRecord } from '../event-record';
import { citedOrganisation } from './organisation';

/** A CSL date: `date-parts` of [year, month?, day?], two of them for a range. */
export type CslDate = { 'date-parts': number[][] };

/** The CSL-JSON variables Event Lens fills (a subset of the schema's). */
export type CslItem = {
  id: string;
  /** The BibTeX key and RIS `ID` (CSL 1.0.2's `citation-key`); the same as `id`. */
  'citation-key': string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  URL: string;
  accessed: CslDate;
  issued?: CslDate;
  archive?: string;
  'event-date'?: CslDate;
  'event-place'?: string;
  note: string;
  language?: string;
};

/** When the item is cited from: the access date (`YYYY-MM-DD`, the reader's own day). */
export type CitationContext = { accessed: string };

/** The reader's own day at an instant (milliseconds), `YYYY-MM-DD`: the access date of a citation. */
export function accessDateOf(ms: number): string {
  return DateTime.fromMillis(ms).toISODate() ?? new Date(ms).toISOString().slice(0, 10);
}

function isoDateParts(date: string): number[] {
  return date.split('-').map(Number);
}

/** The capture the archive served (the banner's, else the address's timestamp), as CSL date parts, UTC. */
function captureDate(record: EventRecord): CslDate | undefined {
  const { capturedAt, captureTimestamp } = record.page;
  if (capturedAt) return { 'date-parts': [isoDateParts(capturedAt.slice(0, 10))] };
  if (!captureTimestamp || captureTimestamp.length < 4) return undefined;
  const parts = [captureTimestamp.slice(0, 4), captureTimestamp.slice(4, 6), captureTimestamp.slice(6, 8)];
  return { 'date-parts': [parts.filter((p) => p.length === 2 || p.length === 4).map(Number)] };
}

function eventDate(event: EventDetails): CslDate {
  const start = isoDateParts(event.start.date);
  return { 'date-parts': event.end.date === event.start.date ? [start] : [start, isoDateParts(event.end.date)] };
}

/** The note: the original address, and the capture asked for when the archive served another. */
function noteOf(record: EventRecord): string {
  const { page } = record;
  const lines = [`Original address: ${page.originalUrl}`];
  if (page.archive && page.capturedAt) {
    lines.push(`Captured ${page.capturedAt.replace('T', ' ').replace('Z', ' UTC')} by ${page.archive.name}`);
    const asked = page.captureTimestamp;
    if (asked && page.capturedAt.replace(/\D/g, '').slice(0, asked.length) !== asked) {
      lines.push(`the address asks for the capture nearest ${asked}; the archive served this one`);
    }
  }
  return lines.join('; ');
}

/** What a page is cited by: its event's title, else the document's own title, else its original address. */
export function citedTitle(record: EventRecord): string {
  return record.event?.title ?? record.page.title ?? record.page.originalUrl;
}

/**
 * The CSL-JSON item of a record's page: the organisation as group author, the title, the archive's address, the
 * capture served as the date of the version cited, the archive's name, the event's dates and place when the page
 * holds an event (docs/citations.md, "A page without an event"), and the original address in the note. `id` is given
 * by the caller (unique within one export).
 */
export function toCslItem(record: EventRecord, id: string, context: CitationContext): CslItem {
  const { event, page } = record;
  const issued = page.archive ? captureDate(record) : undefined;
  return {
    id,
    'citation-key': id,
    type: 'webpage',
    title: citedTitle(record),
    author: [{ literal: citedOrganisation(page.site) }],
    URL: page.url,
    accessed: { 'date-parts': [isoDateParts(context.accessed)] },
    ...(issued && { issued }),
    ...(page.archive && { archive: page.archive.name }),
    ...(event && { 'event-date': eventDate(event) }),
    ...(event?.location.text && { 'event-place': event.location.text }),
    note: noteOf(record),
    ...(page.language && { language: page.language }),
  };
}
