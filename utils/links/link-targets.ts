/**
 * What a link check asks about for a record: the page itself (its original address) and the event's links,
 * each by its original (unwrapped) address, never the archive's rewritten one; and when the event was over.
 */
import { addDays, parseIsoDate, utcMs } from '../time/calendar-date';
import type { EventRecord } from '../event-record';
import type { LinkTarget } from './link-check';

export function linkTargets(record: EventRecord): LinkTarget[] {
  const links = (record.event?.links ?? []).filter((l) => /^https?:/i.test(l.url));
  return [
    { url: record.page.originalUrl, archivedUrl: record.page.archive ? record.page.url : null },
    ...links.map((l) => ({ url: l.url, archivedUrl: l.archivedUrl })),
  ];
}

const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds of an ISO instant with an offset (`2020-11-17T13:00:00+01:00`), without a date library. */
export function offsetDateTimeMs(iso: string): number | null {
  const m = OFFSET_DATE_TIME.exec(iso);
  if (!m) return null;
  const local = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  if (m[7] === 'Z') return local;
  const sign = m[8] === '-' ? -1 : 1;
  return local - sign * (Number(m[9]) * 60 + Number(m[10])) * 60_000;
}

/**
 * When the event was over: its end instant, or its start's; for an event without a time, the end of its last
 * day anywhere on Earth (UTC−12), so a meeting is never called over while it may still be on.
 */
export function eventOverMs(record: EventRecord): number | null {
  const event = record.event;
  if (!event) return null;
  const instant =
    (event.end.iso && offsetDateTimeMs(event.end.iso)) ?? (event.start.iso && offsetDateTimeMs(event.start.iso));
  if (typeof instant === 'number') return instant;
  const end = parseIsoDate(event.end.date);
  return end ? utcMs(addDays(end, 1), 12) : null;
}
