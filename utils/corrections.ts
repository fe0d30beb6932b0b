/**
 * The reader's corrections to an event (its title, time zone, times), kept per page and applied before the
 * event is shown or exported. The corrected record says so in `sources` and `timeZone.basis`.
 */
import * as z from 'zod/mini';
import type { EventRecord } from './event-record';
import { formatOffset, resolveWallTime, toOffsetIso } from './time/zone-offset';

const ClockTime = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const CorrectionsSchema = z.object({
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  timeZone: z.optional(z.string().check(z.maxLength(64))),
  startDate: z.optional(IsoDate),
  endDate: z.optional(IsoDate),
  startTime: z.optional(z.nullable(ClockTime)),
  endTime: z.optional(z.nullable(ClockTime)),
});
export type Corrections = z.infer<typeof CorrectionsSchema>;

/** The instant of a wall time in a zone, or at an offset the page stated; `null` without a time. */
function place(date: string, time: string | null, zone: string | null, statedOffset: string | null): string | null {
  if (time === null) return null;
  if (statedOffset !== null) return `${date}T${time}:00${statedOffset === '+00:00' ? 'Z' : statedOffset}`;
  if (zone === null) return null;
  const wall = resolveWallTime(zone, date, time);
  return wall ? toOffsetIso(wall.epochMs, wall.offsetMinutes) : null;
}

const corrected = (text: string) => ({ text, rule: 'corrected', origin: 'corrected' as const });

/** The record with the reader's corrections applied; unchanged when there are none or no event. */
export function applyCorrections(record: EventRecord, corrections: Corrections | null): EventRecord {
  const event = record.event;
  if (!event || !corrections || Object.keys(corrections).length === 0) return record;
  const c = corrections;
  const sources = { ...event.sources };
  const title = c.title ?? event.title;
  if (c.title !== undefined) sources.title = corrected(c.title);
  const zoneChanged = c.timeZone !== undefined && resolveWallTime(c.timeZone, event.start.date, null) !== null;
  const zone = zoneChanged ? (c.timeZone ?? null) : event.timeZone.iana;
  const startDate = c.startDate ?? event.start.date;
  // An end before the corrected start moves with it.
  const endDate = [c.endDate ?? event.end.date, startDate].sort().at(-1) ?? startDate;
  const startTime = c.startTime !== undefined ? c.startTime : event.start.time;
  const endTime = c.endTime !== undefined ? c.endTime : event.end.time;
  const datesChanged = startDate !== event.start.date || endDate !== event.end.date;
  const timesChanged = c.startTime !== undefined || c.endTime !== undefined;
  if (!zoneChanged && !timesChanged && !datesChanged) return { ...record, event: { ...event, title, sources } };
  if (timesChanged || datesChanged) {
    const clock = startTime === null ? '' : ` ${startTime}${endTime ? `–${endTime}` : ''}`;
    sources.start = corrected(`${startDate}${endDate !== startDate ? ` – ${endDate}` : ''}${clock}`);
  }
  if (zoneChanged) sources.timeZone = corrected(c.timeZone ?? '');
  const offsetMinutes = zone ? resolveWallTime(zone, startDate, startTime)?.offsetMinutes : undefined;
  // A zone the page stated as an offset stays literal unless the reader changed the zone.
  const stated = !zoneChanged && event.timeZone.basis === 'stated-offset' ? event.timeZone.offset : null;
  return {
    ...record,
    event: {
      ...event,
      title,
      sources,
      start: { date: startDate, time: startTime, iso: place(startDate, startTime, zone, stated) },
      end: { date: endDate, time: endTime, iso: endTime === null ? null : place(endDate, endTime, zone, stated) },
      allDay: startTime === null,
      timeZone: zoneChanged
        ? {
            ...event.timeZone,
            iana: zone,
            offset: offsetMinutes === undefined ? null : formatOffset(offsetMinutes),
            basis: 'corrected',
          }
        : event.timeZone,
    },
  };
}
