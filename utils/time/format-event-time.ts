/**
 * How the popup shows an event's time: in the event's own zone, in the reader's zone and in UTC, with the
 * offset valid on the event's date (luxon's historical rules) and the day change when there is one.
 */
import { DateTime } from 'luxon';
import type { EventDetails } from '../event-record';
import { zonePlace } from './zone-names';

export type TimeLine = {
  /** Where the line is for: the zone's name ("Europe/Paris", "UTC", "your time: Asia/Seoul"). */
  label: string;
  /** "Tue, 17 Nov 2020, 13:00–14:30" (the locale's own order: "2020年11月17日周二, 13:00–14:30"). */
  text: string;
  /** "UTC+1". */
  offset: string;
  /** The date differs from the event's own date ("Wed 18 Nov"), for a visible note. */
  dayChanged: boolean;
};

export type EventTimes = {
  /** "Tue, 17 Nov 2020" or "Tue, 15 Sep 2010 – Thu, 17 Sep 2010", always shown. */
  dateText: string;
  /** Lines per zone; empty when the page gives no clock time or the zone is unknown. */
  lines: TimeLine[];
  /** The page's own clock time when it cannot be placed in a zone ("13:00–14:30, zone unknown"). */
  unplacedTimeText: string | null;
};

export type TimeFormatOptions = {
  readerZone: string;
  locale: string;
  hour12: boolean;
  /** Zones the reader asked to see as well (remembered in the settings). */
  extraZones?: readonly string[];
  /** The label of the reader's own line, in the reader's language (default: "Your time (Asia/Seoul)"). */
  readerLabel?: (zone: string) => string;
};

function dateOnly(date: string, locale: string): DateTime {
  return DateTime.fromISO(date, { zone: 'UTC', locale });
}

// Dates and clock times as the reader's locale writes them (Intl's CLDR patterns through luxon), never a pattern of
// ours: "Tue, 17 Nov 2020", "mar. 17 nov. 2020", "2020年11月17日周二", "الثلاثاء، 17 نوفمبر 2020" (docs/i18n.md).
export const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
const DAY_IN_YEAR: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };

function formatDay(dt: DateTime): string {
  return dt.toLocaleString(DAY);
}

function clockOptions(hour12: boolean): Intl.DateTimeFormatOptions {
  return hour12
    ? { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }
    : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
}

function clock(dt: DateTime, hour12: boolean): string {
  return dt.toLocaleString(clockOptions(hour12));
}

/** A day and its clock time in the locale's own order and joiner: "Tue, 17 Nov 2020, 13:00", "2020年11月17日周二 13:00". */
function dayAndClock(dt: DateTime, day: Intl.DateTimeFormatOptions, hour12: boolean): string {
  return dt.toLocaleString({ ...day, ...clockOptions(hour12) });
}

function offsetLabel(dt: DateTime): string {
  return dt.offset === 0 ? 'UTC' : `UTC${dt.toFormat('Z')}`;
}

function line(
  label: string,
  start: DateTime,
  end: DateTime | null,
  opts: TimeFormatOptions,
  eventDate: string,
): TimeLine {
  const sameDay = end === null || end.toISODate() === start.toISODate();
  const endText =
    end === null ? '' : sameDay ? `–${clock(end, opts.hour12)}` : ` – ${dayAndClock(end, DAY, opts.hour12)}`;
  return {
    label,
    text: `${dayAndClock(start, DAY, opts.hour12)}${endText}`,
    offset: offsetLabel(start),
    dayChanged: start.toISODate() !== eventDate,
  };
}

type ZoneKind = 'event' | 'reader' | 'utc' | 'extra';
type PlacedZone = { kind: ZoneKind; zone: string | null; label: string; start: DateTime; end: DateTime | null };

function dateTextOf(event: EventDetails, locale: string): string {
  const startDay = dateOnly(event.start.date, locale);
  const endDay = dateOnly(event.end.date, locale);
  return event.end.date === event.start.date ? formatDay(startDay) : `${formatDay(startDay)} – ${formatDay(endDay)}`;
}

function unplacedOf(event: EventDetails): string | null {
  return event.start.time ? `${event.start.time}${event.end.time ? `–${event.end.time}` : ''}` : null;
}

/** The zones the event is shown in, each with its start and end there: its own, the reader's, UTC, the extras. */
function placedZones(event: EventDetails, opts: TimeFormatOptions): PlacedZone[] {
  if (event.start.iso === null) return [];
  const eventZone = event.timeZone.iana ?? 'UTC';
  const start = DateTime.fromISO(event.start.iso, { setZone: true, locale: opts.locale });
  const end = event.end.iso ? DateTime.fromISO(event.end.iso, { setZone: true, locale: opts.locale }) : null;
  const at = (zone: string, kind: ZoneKind, label: string): PlacedZone => ({
    kind,
    zone,
    label,
    start: start.setZone(zone),
    end: end && end.setZone(zone),
  });
  const own: PlacedZone = event.timeZone.iana
    ? at(eventZone, 'event', eventZone)
    : { kind: 'event', zone: null, label: offsetLabel(start), start, end };
  const zones = [own];
  if (opts.readerZone !== eventZone) {
    const label = opts.readerLabel ? opts.readerLabel(opts.readerZone) : `Your time (${opts.readerZone})`;
    zones.push(at(opts.readerZone, 'reader', label));
  }
  if (eventZone !== 'UTC' && opts.readerZone !== 'UTC') zones.push(at('UTC', 'utc', 'UTC'));
  for (const zone of opts.extraZones ?? []) {
    if (zone === eventZone || zone === opts.readerZone || zone === 'UTC' || !DateTime.local().setZone(zone).isValid)
      continue;
    zones.push(at(zone, 'extra', zone));
  }
  return zones;
}

/** The lines the popup shows for an event's time. */
export function formatEventTimes(event: EventDetails, opts: TimeFormatOptions): EventTimes {
  const dateText = dateTextOf(event, opts.locale);
  if (event.start.iso === null) return { dateText, lines: [], unplacedTimeText: unplacedOf(event) };
  const lines = placedZones(event, opts).map((z) => line(z.label, z.start, z.end, opts, event.start.date));
  return { dateText, lines, unplacedTimeText: null };
}

export type TimeRow = {
  kind: ZoneKind;
  /** The IANA zone; `null` for an offset the page wrote without a zone. */
  zone: string | null;
  /** Where the zone is, as a reader names it: "Mexico City", "UTC", or the offset. */
  place: string;
  /** The times there, with the day only when it is not the event's own ("Wed 18 Nov, 02:00–03:30"). */
  clock: string;
  offset: string;
  dayChanged: boolean;
};

/**
 * The time table: one date line, then one row per zone with its place, the times there (the day only where it
 * differs from the event's) and the offset valid on that date. A multi-day event keeps both days in each row.
 */
export function formatTimeRows(
  event: EventDetails,
  opts: TimeFormatOptions,
): { dateText: string; rows: TimeRow[]; unplacedTimeText: string | null } {
  const dateText = dateTextOf(event, opts.locale);
  if (event.start.iso === null) return { dateText, rows: [], unplacedTimeText: unplacedOf(event) };
  const multiDay = event.end.date !== event.start.date;
  const rows = placedZones(event, opts).map((z): TimeRow => {
    const dayChanged = z.start.toISODate() !== event.start.date;
    const withDay = (dt: DateTime) => dayAndClock(dt, DAY_IN_YEAR, opts.hour12);
    const sameDay = z.end === null || z.end.toISODate() === z.start.toISODate();
    const startText = multiDay || dayChanged ? withDay(z.start) : clock(z.start, opts.hour12);
    const endText = z.end === null ? '' : sameDay ? `–${clock(z.end, opts.hour12)}` : ` – ${withDay(z.end)}`;
    return {
      kind: z.kind,
      zone: z.zone,
      place: z.zone ? zonePlace(z.zone) : z.label,
      clock: `${startText}${endText}`,
      offset: offsetLabel(z.start),
      dayChanged,
    };
  });
  return { dateText, rows, unplacedTimeText: null };
}

/** Capture times: the date, the UTC clock and the zone's name, all as `locale` writes them (docs/i18n.md, Dates). */
export const CAPTURE: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

/** "6 Dec 2020, 07:20 UTC", "2020年12月6日 UTC 07:20", "6 ديسمبر 2020، 07:20 UTC": a capture time in UTC. */
export function formatCaptureTime(iso: string, locale = 'en-GB'): string {
  const dt = DateTime.fromISO(iso, { zone: 'UTC', locale });
  return dt.isValid ? dt.toLocaleString(CAPTURE) : iso;
}

/** Milliseconds since the epoch of an ISO instant with an offset; `null` when it is not one. */
export function isoToEpochMs(iso: string): number | null {
  const dt = DateTime.fromISO(iso, { setZone: true });
  return dt.isValid ? dt.toMillis() : null;
}

/** The day after an ISO date (`2020-11-17` → `2020-11-18`), for exclusive all-day ends. */
export function nextIsoDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toISODate() ?? date;
}
