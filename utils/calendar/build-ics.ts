/**
 * A record's event as an iCalendar file (RFC 5545), written with `ical-generator` (CRLF, folding at 75
 * octets, text escaping). Timed events are written in UTC, which every client reads the same (PROTOCOLS.md
 * E.3), so no TZID, and so no VTIMEZONE, is ever needed; all-day events are `VALUE=DATE` with an exclusive end.
 */
import { parseIsoDate, utcMs } from '../time/calendar-date';
import ical, { ICalEventStatus } from 'ical-generator';
import type { EventRecord } from '../event-record';
import { toEventExport } from './event-export';

const PRODID = { company: 'Event Lens', product: 'Event Lens', language: 'EN' };

function utcDate(isoDate: string): Date {
  const d = parseIsoDate(isoDate) ?? { year: 1970, month: 1, day: 1 };
  return new Date(utcMs(d));
}

type Calendar = ReturnType<typeof ical>;

function addEvent(calendar: Calendar, record: EventRecord, now: Date): boolean {
  const e = toEventExport(record);
  if (!e) return false;
  const timing =
    e.timing.kind === 'timed'
      ? { start: new Date(e.timing.startMs), end: new Date(e.timing.endMs), allDay: false }
      : { start: utcDate(e.timing.startDate), end: utcDate(e.timing.endDateExclusive), allDay: true };
  calendar.createEvent({
    id: e.uid,
    stamp: now,
    ...timing,
    summary: e.title,
    description: e.description,
    location: e.location,
    url: e.url,
    ...(e.cancelled && { status: ICalEventStatus.CANCELLED }),
  });
  return true;
}

function finish(calendar: Calendar): string {
  // RFC 5545 3.1 ends every content line with CRLF, the last one too; ical-generator leaves the last bare.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** The .ics text, or `null` when the record holds no event. `now` is the DTSTAMP. */
export function buildIcs(record: EventRecord, now: Date): string | null {
  const calendar = ical({ prodId: PRODID });
  return addEvent(calendar, record, now) ? finish(calendar) : null;
}

/** One calendar with every record's event (the saved-events library's export); records without one are skipped. */
export function buildIcsCalendar(records: readonly EventRecord[], now: Date, name: string): string {
  const calendar = ical({ prodId: PRODID, name });
  for (const record of records) addEvent(calendar, record, now);
  return finish(calendar);
}

/** A file name for the download: the title's words, safe on every system. */
export function icsFileName(record: EventRecord): string {
  const words = (record.event?.title ?? 'event')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join('-')
    .toLowerCase();
  return `${words || 'event'}.ics`;
}
