/**
 * What every calendar export says about an event, computed once: its instants (UTC, so no client shifts them:
 * docs/calendar.md, "What Event Lens writes"), or its all-day dates with an exclusive end, and a description that
 * carries the original and archived addresses and the capture date.
 */
import type { EventDetails, EventRecord } from '../event-record';
import { formatCaptureTime, isoToEpochMs, nextIsoDate } from '../time/format-event-time';

export type ExportTiming =
  | { kind: 'timed'; startMs: number; endMs: number; endGiven: boolean }
  | { kind: 'all-day'; startDate: string; endDateExclusive: string };

export type EventExport = {
  title: string;
  timing: ExportTiming;
  location: string | null;
  description: string;
  url: string;
  /** Stable for the same event: importing it twice updates rather than duplicates it. */
  uid: string;
  cancelled: boolean;
};

const HOUR_MS = 3_600_000;

/** FNV-1a, 32 bits: a short, stable hash for the UID (not for security). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function timingOf(event: EventDetails): ExportTiming {
  const startMs = event.start.iso ? isoToEpochMs(event.start.iso) : null;
  if (startMs === null) {
    return { kind: 'all-day', startDate: event.start.date, endDateExclusive: nextIsoDate(event.end.date) };
  }
  const endMs = event.end.iso ? isoToEpochMs(event.end.iso) : null;
  if (endMs !== null && endMs > startMs) return { kind: 'timed', startMs, endMs, endGiven: true };
  // No end time: an hour, said in the description, rather than a zero-length event some calendars refuse.
  return { kind: 'timed', startMs, endMs: startMs + HOUR_MS, endGiven: false };
}

function descriptionOf(record: EventRecord, event: EventDetails, timing: ExportTiming): string {
  const lines = [`Original page: ${record.page.originalUrl}`];
  if (record.page.archive) {
    const when = record.page.capturedAt ? `, captured ${formatCaptureTime(record.page.capturedAt)}` : '';
    lines.push(`Archived copy: ${record.page.url} (${record.page.archive.name}${when})`);
  }
  if (event.start.time && event.start.iso === null)
    lines.push(`Time as written: ${event.start.time}${event.end.time ? `–${event.end.time}` : ''} (time zone unknown)`);
  if (timing.kind === 'timed' && !timing.endGiven) lines.push('The page gives no end time; one hour is assumed.');
  if (event.status !== 'scheduled') lines.push(`Status: ${event.status}.`);
  const registration = event.links.find((l) => l.kind === 'registration');
  if (registration) lines.push(`Registration: ${registration.url}`);
  for (const warning of event.warnings) lines.push(`Note: ${warning.text}`);
  lines.push('Read by Event Lens from the page; check it before relying on it.');
  return lines.join('\n');
}

/** The export of a record's event, or `null` when the record holds no event. */
export function toEventExport(record: EventRecord): EventExport | null {
  const event = record.event;
  if (!event) return null;
  const timing = timingOf(event);
  return {
    title: event.status === 'scheduled' ? event.title : `${event.title} (${event.status})`,
    timing,
    location: event.location.text,
    description: descriptionOf(record, event, timing),
    url: record.page.originalUrl,
    uid: `${fnv1a(`${record.page.originalUrl}|${event.start.date}|${event.start.time ?? ''}`)}-${event.start.date}@event-lens`,
    cancelled: event.status === 'cancelled',
  };
}
