/**
 * The reader's corrections to an event (its title, time zone, times), kept per page and applied before the
 * event is shown or exported. The corrected record says so in `sources` and `timeZone.basis`.
 */
import * as z from 'zod/mini';
import type { EventRecord } from './event-record';
import { formatOffset, resolveWallTime, toOffsetIso } from './time/zone-offset';

const ClockTime = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));

export const CorrectionsSchema = z.object({
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  timeZone: z.optional(z.string().check(z.maxLength(64))),
  startTime: z.optional(z.nullable(ClockTime)),
  endTime: z.optional(z.nullable(ClockTime)),
});
export type Corrections = z.infer<typeof CorrectionsSchema>;

function place(date: string, time: string | null, zone: string | null): string | null {
  if (time === null || zone === null) return null;
  const wall = resolveWallTime(zone, date, time);
  return wall ? toOffsetIso(wall.epochMs, wall.offsetMinutes) : null;
}

/** The record with the reader's corrections applied; unchanged when there are none or no event. */
export function applyCorrections(record: EventRecord, corrections: Corrections | null): EventRecord {
  const event = record.event;
  if (!event || !corrections || Object.keys(corrections).length === 0) return record;
  const sources = { ...event.sources };
  const title = corrections.title ?? event.title;
  if (corrections.title !== undefined) sources.title = { text: corrections.title, rule: 'corrected' };
  const zoneChanged =
    corrections.timeZone !== undefined && resolveWallTime(corrections.timeZone, event.start.date, null) !== null;
  const zone = zoneChanged ? (corrections.timeZone ?? null) : event.timeZone.iana;
  const startTime = corrections.startTime !== undefined ? corrections.startTime : event.start.time;
  const endTime = corrections.endTime !== undefined ? corrections.endTime : event.end.time;
  const timesChanged = corrections.startTime !== undefined || corrections.endTime !== undefined;
  if (!zoneChanged && !timesChanged) return { ...record, event: { ...event, title, sources } };
  if (timesChanged) sources.start = { text: `${startTime ?? ''}${endTime ? `–${endTime}` : ''}`, rule: 'corrected' };
  const offsetMinutes = zone ? resolveWallTime(zone, event.start.date, startTime)?.offsetMinutes : undefined;
  // A zone the page stated as an offset stays literal unless the reader changed the zone.
  const keepStated = !zoneChanged && event.timeZone.basis === 'stated-offset';
  const startIso = keepStated ? event.start.iso : place(event.start.date, startTime, zone);
  const endIso = keepStated ? event.end.iso : place(event.end.date, endTime, zone);
  return {
    ...record,
    event: {
      ...event,
      title,
      sources: zoneChanged
        ? { ...sources, timeZone: { text: corrections.timeZone ?? '', rule: 'corrected' } }
        : sources,
      start: { ...event.start, time: startTime, iso: startTime === null ? null : startIso },
      end: { ...event.end, time: endTime, iso: endTime === null ? null : endIso },
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
