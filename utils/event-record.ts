/**
 * The event record: what Event Lens reads from a page and passes between the content script, the
 * background and the popup. This schema is the single source of truth; types come from `z.infer`.
 * `zod/mini` keeps the content-script and popup bundles small (docs/building.md, "Bundle budget").
 * The page part is in record-page.ts and where each field was read in record-sources.ts; both are exported here too.
 */
import * as z from 'zod/mini';
import { MAX_LISTED_EVENTS, RECORD_SCHEMA_VERSION } from './record-limits';
import { PageSchema, WarningSchema } from './record-page';
import { FieldNameSchema, SourceSchema } from './record-sources';
import { httpUrl, OffsetDateTime, text } from './record-strings';

export {
  ArchiveSchema,
  PageSchema,
  WarningCodeSchema,
  WarningSchema,
  type Archive,
  type PageInfo,
  type Warning,
  type WarningCode,
} from './record-page';
export {
  FieldNameSchema,
  SourceOriginSchema,
  SourceSchema,
  type FieldName,
  type FieldSource,
  type SourceOrigin,
} from './record-sources';

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const ClockTime = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
const Offset = z.string().check(z.regex(/^[+-]\d{2}:\d{2}$/));

export const TimePointSchema = z.object({
  date: IsoDate,
  time: z.nullable(ClockTime),
  /** The instant with the UTC offset valid on that date; `null` without a time or a zone. */
  iso: z.nullable(OffsetDateTime),
});

export const ZoneBasisSchema = z.enum(['stated-zone', 'stated-offset', 'venue', 'site-default', 'none', 'corrected']);

export const TimeZoneSchema = z.object({
  iana: z.nullable(z.string().check(z.maxLength(64))),
  /** Offset valid at the event's start, `+01:00`. */
  offset: z.nullable(Offset),
  /** The zone as written on the page ("CET", "local time"), or `null`. */
  text: z.nullable(text()),
  basis: ZoneBasisSchema,
});

export const AttendanceModeSchema = z.enum(['in_person', 'online', 'hybrid']);

export const LocationSchema = z.object({
  text: z.nullable(text()),
  online: z.boolean(),
  mode: z.nullable(AttendanceModeSchema),
  city: z.nullable(text()),
  country: z.nullable(text()),
});

export const LinkKindSchema = z.enum([
  'registration',
  'programme',
  'document',
  'livestream',
  'recording',
  'contact',
  'related',
  'other',
]);

export const LinkSchema = z.object({
  /** The original (unwrapped) URL. */
  url: httpUrl(),
  /** The archive's rewritten URL of the link, when the page is a capture. */
  archivedUrl: z.nullable(httpUrl()),
  text: text(),
  kind: LinkKindSchema,
});

export const EventStatusSchema = z.enum(['scheduled', 'postponed', 'cancelled']);

export const EventSchema = z.object({
  title: text(),
  start: TimePointSchema,
  end: TimePointSchema,
  allDay: z.boolean(),
  timeZone: TimeZoneSchema,
  location: LocationSchema,
  links: z.array(LinkSchema).check(z.maxLength(500)),
  status: EventStatusSchema,
  sources: z.partialRecord(FieldNameSchema, SourceSchema),
  warnings: z.array(WarningSchema),
});

export const NoEventReasonSchema = z.object({
  code: z.enum(['not-unesco', 'not-an-event-page', 'no-title', 'no-date', 'unreadable']),
  message: text(),
});

export const EventRecordSchema = z.object({
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION),
  page: PageSchema,
  /** `null` when the page holds no event; `noEvent` then says why. */
  event: z.nullable(EventSchema),
  /**
   * Every event of a page that lists several (a month of cultural events, side events with their days), in the
   * page's order; `event` is the first. Absent or empty on a page with one event (and in records saved before).
   */
  events: z.optional(z.array(EventSchema).check(z.maxLength(MAX_LISTED_EVENTS))),
  noEvent: z.nullable(NoEventReasonSchema),
});

export type TimePoint = z.infer<typeof TimePointSchema>;
export type ZoneBasis = z.infer<typeof ZoneBasisSchema>;
export type EventTimeZone = z.infer<typeof TimeZoneSchema>;
export type EventLocation = z.infer<typeof LocationSchema>;
export type AttendanceMode = z.infer<typeof AttendanceModeSchema>;
export type EventLink = z.infer<typeof LinkSchema>;
export type LinkKind = z.infer<typeof LinkKindSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type EventDetails = z.infer<typeof EventSchema>;
export type NoEventReason = z.infer<typeof NoEventReasonSchema>;
export type EventRecord = z.infer<typeof EventRecordSchema>;

/** A record that crossed a boundary (an injected script's result, storage), validated; `null` if malformed. */
export function parseEventRecord(raw: unknown): EventRecord | null {
  const parsed = EventRecordSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The events a record offers the reader: all of a listing's, or its one event; none for a page without one. */
export function eventsOf(record: Pick<EventRecord, 'event' | 'events'>): EventDetails[] {
  if (record.events && record.events.length > 0) return record.events;
  return record.event ? [record.event] : [];
}
