/**
 * The page part of the event record (utils/event-record.ts): the tab's address, the capture it shows and its
 * archive, the page's title and language, and the notes the extractor made about the page.
 */
import * as z from 'zod/mini';
import { httpUrl, OffsetDateTime, text } from './record-strings';

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

export type WarningCode = z.infer<typeof WarningCodeSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Archive = z.infer<typeof ArchiveSchema>;
export type PageInfo = z.infer<typeof PageSchema>;
