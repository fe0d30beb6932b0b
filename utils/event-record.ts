/**
 * The event record: what Event Lens reads from a page and passes between the content script, the
 * background and the popup. This schema is the single source of truth; types come from `z.infer`.
 * `zod/mini` keeps the content-script and popup bundles small (docs/building.md, "Bundle budget").
 */
import * as z from 'zod/mini';
import { MAX_LISTED_EVENTS, MAX_TEXT, RECORD_SCHEMA_VERSION } from './record-limits';
const text = () => z.string().check(z.maxLength(MAX_TEXT));
const httpUrl = () => z.string().check(z.maxLength(MAX_TEXT), z.regex(/^(?:https?:\/\/|mailto:)/i));

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const ClockTime = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
/** An instant with its UTC offset, `2020-11-17T13:00:00+01:00`, or UTC with `Z`. */
const OffsetDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/));
const Offset = z.string().check(z.regex(/^[+-]\d{2}:\d{2}$/));

/**
 * What the extractor notices about a page or an event (a conflict, an assumption), as a code with its facts
 * (utils/warnings/english.ts). Each code is one message in every language (`warning_<code>`, docs/i18n.md).
 */
export const WarningCodeSchema = z.enum([
  'capture-address-unknown',
  'served-other-capture',
  'address-changed',
  'page-cut',
  'date-disagrees',
  'end-next-day',
  'other-times',
  'programme-times',
  'year-inferred',
  'year-from-page-date',
  'year-from-first-date',
  'year-from-capture',
  'online-placeholder',
  'online-placeholder-unlabelled',
  'zone-assumed',
  'zone-assumed-written',
  'zone-unknown',
  'time-repeated',
  'time-skipped',
  'zone-season-summer',
  'zone-season-standard',
  'note',
]);

export const WarningSchema = z.object({
  code: WarningCodeSchema,
  /** The facts the note names, as plain strings (ISO dates, clock times, IANA zones, the page's own words). */
  params: z.record(z.string().check(z.maxLength(40)), text()),
  /** The note in English: what the command line and calendar files show. */
  text: text(),
});

export const ArchiveSchema = z.object({
  /** Registry id of the archive, e.g. `unesco`, `internet-archive`, `archive-it`. */
  id: z.string(),
  name: z.string(),
  collection: z.nullable(z.object({ id: z.string(), name: z.nullable(text()) })),
});

export const PageSchema = z.object({
  /** The tab's URL. */
  url: httpUrl(),
  /** The live-web URL the capture is of; equals `url` on a live page. */
  originalUrl: httpUrl(),
  archive: z.nullable(ArchiveSchema),
  /** The timestamp in the archive URL: what was requested (1 to 14 digits as written). */
  captureTimestamp: z.nullable(z.string().check(z.regex(/^\d{1,14}$/))),
  /** ISO UTC instant of the capture actually served (banner, toolbar, trailer); may differ from the URL. */
  capturedAt: z.nullable(OffsetDateTime),
  /** Where `capturedAt` was read: `banner`, `trailer`, `toolbar-script`, `url`. */
  capturedAtSource: z.nullable(z.string()),
  /**
   * The document's own title (`<title>`, spaces collapsed), so a page with no event can still be cited by its title
   * (docs/citations.md, "A page without an event"). Absent in records saved before it existed.
   */
  title: z.optional(z.nullable(text())),
  /** BCP 47 language of the content (`<html lang>` or the URL's language segment). */
  language: z.nullable(z.string().check(z.maxLength(35))),
  /** Host of the original page, e.g. `uil.unesco.org`. */
  site: z.string().check(z.maxLength(253)),
  /** The original is on a UNESCO site. */
  isUnesco: z.boolean(),
  /** Page-level conflicts and assumptions (e.g. requested vs served capture time). */
  warnings: z.array(WarningSchema),
});

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

/** `time`: where the clock times came from, when not from the same text as the dates (`start`). */
export const FieldNameSchema = z.enum(['title', 'start', 'end', 'time', 'timeZone', 'location', 'links', 'status']);

/**
 * What kind of evidence a field was read from, for people: the popup says it in plain words. `rule` keeps the
 * extractor's own name for the rule (for debugging and the command line).
 */
export const SourceOriginSchema = z.enum([
  /** schema.org JSON-LD or microdata, Drupal's date fields, `<time datetime>`. */
  'structured-data',
  /** A field the page labels: "Date:", "Where:", "When, local time:". */
  'labelled-field',
  /** The page's own heading (`h1`). */
  'heading',
  /** The document's `<title>` or `og:title`, without the site's name. */
  'page-title',
  /** The event's own name in the text ("the webinar *Open Science in Practice*"). */
  'event-name',
  /** The first line that reads like a heading, on a page whose heading markup was lost. */
  'text-heading',
  /** A date standing on its own line under the title. */
  'date-line',
  /** A news dateline: "Nairobi, 4 March 2015 – …". */
  'dateline',
  /** A sentence that announces or reports the event ("will take place on…", "was held in…"). */
  'sentence',
  /** One item of a page that lists several events. */
  'listing-item',
  /** The first and last rows of the event's programme. */
  'programme',
  /** The unlabelled venue line of en.unesco.org's "When, local time" template ("France, Paris"). */
  'venue-line',
  /** The links in the page's content. */
  'page-links',
  /** Words such as "postponed" or "cancelled". */
  'status-words',
  /** A zone or offset written next to the time ("CET", "UTC+2", "local time"). */
  'written-zone',
  /** The zone of the venue's city or country. */
  'venue',
  /** The zone of the city where the site is based (an assumption, said in the warnings). */
  'site-default',
  /** The reader's own correction. */
  'corrected',
]);

export const SourceSchema = z.object({
  /** The page text the field was read from. */
  text: text(),
  /** The rule that read it, e.g. `labelled:Date`, `body:time-range`, `h1`. */
  rule: z.string().check(z.maxLength(80)),
  /** The kind of evidence, for people (absent in records saved before it existed). */
  origin: z.optional(SourceOriginSchema),
  /** The page's own label when `origin` is `labelled-field` ("When, local time"). */
  label: z.optional(z.string().check(z.maxLength(80))),
});

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

export type WarningCode = z.infer<typeof WarningCodeSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Archive = z.infer<typeof ArchiveSchema>;
export type PageInfo = z.infer<typeof PageSchema>;
export type TimePoint = z.infer<typeof TimePointSchema>;
export type ZoneBasis = z.infer<typeof ZoneBasisSchema>;
export type EventTimeZone = z.infer<typeof TimeZoneSchema>;
export type EventLocation = z.infer<typeof LocationSchema>;
export type AttendanceMode = z.infer<typeof AttendanceModeSchema>;
export type EventLink = z.infer<typeof LinkSchema>;
export type LinkKind = z.infer<typeof LinkKindSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type FieldName = z.infer<typeof FieldNameSchema>;
export type FieldSource = z.infer<typeof SourceSchema>;
export type SourceOrigin = z.infer<typeof SourceOriginSchema>;
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
